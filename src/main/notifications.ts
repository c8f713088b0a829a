import { Notification, type BrowserWindow } from 'electron'
import { AlertNotifications, type MarsadCore } from '../core'
import type { ApiEvents } from '../shared/api'
import { bringToFront } from './mainWindow'

/**
 * Desktop notifications for alerts (saved searches that imports brought stories for), through Electron's
 * Notification; AlertNotifications in core decides when, so that several imports in a minute make one. Clicking
 * one brings the window forward. Returns a function that stops notifying.
 */
export function notifyAlerts(core: MarsadCore, window: () => BrowserWindow | null): () => void {
  if (!Notification.isSupported()) return () => undefined
  // The notification on screen: held so that its click handler lives as long as it does.
  let current: Notification | null = null
  const notifications = new AlertNotifications(({ title, body }) => {
    current = new Notification({ title, body })
    current.on('click', () => {
      const shown = window()
      if (shown) bringToFront(shown)
    })
    current.show()
  })
  const stopListening = core.onEvent((event, payload) => {
    if (event === 'alertsRaised') notifications.add((payload as ApiEvents['alertsRaised']).alerts)
  })
  return () => {
    stopListening()
    notifications.close()
    current = null
  }
}
