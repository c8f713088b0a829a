/** An HTTP response as a crawler saved it: status, headers, and the body with its transfer and content codings undone. */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib'

export interface HttpResponse {
  status: number
  /** Header names in lower case. */
  headers: Map<string, string>
  body: Buffer
}

const HEADER_END = Buffer.from('\r\n\r\n')

/** The response, or null when the bytes do not start with an HTTP status line. */
export function parseHttpResponse(message: Buffer, maxBodyBytes: number): HttpResponse | null {
  let headerEnd = message.indexOf(HEADER_END)
  let bodyStart = headerEnd + 4
  if (headerEnd === -1) {
    // Some crawlers end header lines with LF alone.
    headerEnd = message.indexOf('\n\n')
    if (headerEnd === -1) return null
    bodyStart = headerEnd + 2
  }
  const lines = message.subarray(0, headerEnd).toString('latin1').split(/\r?\n/)
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '')
  if (!status) return null
  const headers = new Map<string, string>()
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  let body = message.subarray(bodyStart)
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body)
  body = decompress(body, (headers.get('content-encoding') ?? '').trim().toLowerCase(), maxBodyBytes)
  return { status: Number(status[1]), headers, body }
}

/** Undoes chunked transfer coding; a body cut short keeps the chunks that are whole. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at)
    if (lineEnd === -1) break
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1').split(';')[0]!.trim(), 16)
    if (!Number.isFinite(size) || size === 0) break
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}

/**
 * Undoes gzip, deflate (zlib-wrapped or raw, as servers disagree) or Brotli. A body that does not decode is
 * kept as it is: some crawlers store the decoded body and leave the header.
 */
function decompress(body: Buffer, coding: string, maxBytes: number): Buffer {
  const options = { maxOutputLength: maxBytes }
  try {
    if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(body, options)
    if (coding === 'br') return brotliDecompressSync(body, options)
    if (coding === 'deflate') {
      try {
        return inflateSync(body, options)
      } catch {
        return inflateRawSync(body, options)
      }
    }
  } catch {
    return body
  }
  return body
}
