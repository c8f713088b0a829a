/**
 * The renderer's Content-Security-Policy, sent as a header by the app:// protocol (and by the test server) and
 * repeated in index.html's meta tag. Nothing is loaded from the network; story text from dumps is rendered as
 * text, so even a story holding `<script>` has nowhere to run.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ')
