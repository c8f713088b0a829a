/**
 * The renderer's Content-Security-Policy. Scripts are allowed by the SHA-384 hash of the bundle (the build
 * writes the hash into index.html, with a matching `integrity` attribute), not by origin: nothing but the
 * exact code Marsad shipped can run, even if a story's text were somehow turned into markup. Nothing is loaded
 * from the network.
 */
export function rendererCsp(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((hash) => `'${hash}'`).join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'"
  ].join('; ')
}

/** What a header adds to the meta tag's policy: directives that a <meta> cannot carry. */
const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'"

/**
 * The policy to send as a header for the built index.html: the one its meta tag declares (the build put the
 * script hashes there), plus header-only directives. Throws when the page carries no policy.
 */
export function cspHeaderFor(indexHtml: string): string {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)
  if (!match) throw new Error('The built index.html carries no Content-Security-Policy.')
  return `${match[1]}; ${HEADER_ONLY_DIRECTIVES}`
}
