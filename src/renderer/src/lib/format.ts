/** Byte sizes for the interface, with the interface language's number format. */
export function formatBytes(bytes: number, language: 'ar' | 'en'): string {
  const units = language === 'ar' ? ['بايت', 'ك.ب', 'م.ب', 'ج.ب'] : ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const number = new Intl.NumberFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(
    value
  )
  return `${number} ${units[unit]}`
}
