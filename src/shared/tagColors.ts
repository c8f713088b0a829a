/**
 * The tag palette. A tag's colour is the background of its chip; the chip's text is black or white, whichever
 * reads better on it (`readableTextOn`), so a chip looks the same and passes WCAG AA (4.5:1) in both themes.
 * Every palette colour is chosen to pass with white text; a custom `#rrggbb` still gets the better of the two.
 */
export const TAG_PALETTE = [
  { name: 'blue', color: '#1d4ed8' },
  { name: 'green', color: '#15803d' },
  { name: 'red', color: '#b91c1c' },
  { name: 'purple', color: '#7e22ce' },
  { name: 'orange', color: '#c2410c' },
  { name: 'teal', color: '#0f766e' },
  { name: 'pink', color: '#be185d' },
  { name: 'brown', color: '#92400e' },
  { name: 'indigo', color: '#4338ca' },
  { name: 'grey', color: '#4b5563' }
] as const

export type TagPaletteName = (typeof TAG_PALETTE)[number]['name']

const HEX_COLOR = /^#[0-9a-f]{6}$/i

/** `#rrggbb` (lower-case) for a palette name or a hex colour, or null when it is neither. */
export function resolveTagColor(spec: string): string | null {
  const wanted = spec.trim().toLowerCase()
  const named = TAG_PALETTE.find((entry) => entry.name === wanted)
  if (named) return named.color
  return HEX_COLOR.test(wanted) ? wanted : null
}

/** WCAG relative luminance of `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** The chip text colour for a tag colour: white or black, whichever contrasts more (always at least 4.5:1). */
export function readableTextOn(background: string): '#ffffff' | '#000000' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000'
}
