/** Steps an analyst takes in many specs, written once. */
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** Runs a search from the toolbar's search box, as an analyst does. */
export async function search(page: Page, query: string): Promise<void> {
  const box = page.getByRole('search').getByRole('combobox')
  await box.fill(query)
  await box.press('Enter')
}

/** Opens a story from the list pane by (part of) its title and gives the reader the focus, as a click on it does. */
export async function openStory(page: Page, title: string): Promise<Locator> {
  await page.getByRole('main').getByRole('option').filter({ hasText: title }).first().click()
  const reader = page.getByTestId('reader')
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(title)
  await reader.getByRole('heading', { level: 2 }).click()
  return reader
}

/** The toast that offers to undo the last edit of the screen. */
export const undoToast = (page: Page): Locator => page.getByTestId('undo-toast')
