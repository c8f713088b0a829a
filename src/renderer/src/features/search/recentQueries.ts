/** The analyst's last searches, newest first, kept on this machine for the search box's suggestions. */
const STORAGE_KEY = 'marsad.recentQueries'
const KEPT = 12

export function recentQueries(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : []
  } catch {
    return [] // unreadable storage is the same as no history
  }
}

export function rememberQuery(query: string): void {
  const text = query.trim()
  if (!text) return
  const kept = [text, ...recentQueries().filter((item) => item !== text)].slice(0, KEPT)
  localStorage.setItem(STORAGE_KEY, JSON.stringify(kept))
}
