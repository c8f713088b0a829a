const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text for HTML content or a quoted attribute value: nothing in it can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!)
}

/**
 * A CSS string literal (for `content:` in the page's margin boxes). Every character that could end the string, the
 * declaration or the <style> element (quotes, backslash, braces, semicolons, `<`, line breaks, controls) is written as
 * a six-digit escape, which needs no terminating space.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N}\p{M} .,:()\-–—…،؛]/gu, (char) => `\\${char.codePointAt(0)!.toString(16).padStart(6, '0')}`)}"`
}
