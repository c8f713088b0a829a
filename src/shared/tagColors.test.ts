import { describe, expect, it } from 'vitest'
import { contrastRatio, readableTextOn, resolveTagColor, TAG_PALETTE } from './tagColors'

describe('tag colours', () => {
  it('gives every palette chip text that passes WCAG AA (4.5:1), the same in light and dark themes', () => {
    for (const { name, color } of TAG_PALETTE) {
      expect(contrastRatio(color, readableTextOn(color)), name).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('finds readable chip text for any custom colour', () => {
    for (const color of ['#ffffff', '#000000', '#777777', '#ff0000', '#00ff00', '#ffe58a', '#1d4ed8']) {
      expect(contrastRatio(color, readableTextOn(color)), color).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('resolves palette names and #rrggbb, and nothing else', () => {
    expect(resolveTagColor(' Blue ')).toBe(TAG_PALETTE[0].color)
    expect(resolveTagColor('#A1B2C3')).toBe('#a1b2c3')
    expect(resolveTagColor('#abc')).toBeNull()
    expect(resolveTagColor('chartreuse')).toBeNull()
  })
})
