/**
 * A story's address as a link target, only when it is a web address (http or https): anything else a dump
 * carries (`javascript:`, `file:`, custom schemes that launch programs, bare text) is shown as text and never
 * becomes a link. The one rule for the reader, briefing exports and the app's "open in the browser".
 */
export function webLink(address: string | null): string | null {
  if (!address) return null
  try {
    const url = new URL(address.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
