/** Whether a file is a web archive, plain or gzipped (per record, as crawlers write it, or whole), and its bytes unzipped. */
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { constants, createGunzip, gunzipSync } from 'node:zlib'
import { ParseProblem } from '../parsers/parser'

const WARC_START = Buffer.from('WARC/1.')
const GZIP_START = [0x1f, 0x8b]
const GZIP_PROBE_BYTES = 512

export type WarcCompression = 'none' | 'gzip'

/** How a web archive is stored, from its first bytes; null when they are not one. */
export function warcCompression(head: Uint8Array): WarcCompression | null {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength)
  if (bytes.subarray(0, WARC_START.length).equals(WARC_START)) return 'none'
  if (bytes[0] !== GZIP_START[0] || bytes[1] !== GZIP_START[1]) return null
  try {
    // The first bytes hold the first record's version line; a sync flush unzips what is there rather than failing
    // at the cut, and damage further on is then reported while reading, as damage to the archive.
    const start = gunzipSync(bytes.subarray(0, GZIP_PROBE_BYTES), { finishFlush: constants.Z_SYNC_FLUSH })
    return start.subarray(0, WARC_START.length).equals(WARC_START) ? 'gzip' : null
  } catch {
    return null
  }
}

/** The archive's bytes, unzipped as they stream when it is gzipped (Node reads one gzip member after another). */
export async function* archiveBytes(chunks: AsyncIterable<Uint8Array>, compression: WarcCompression): AsyncGenerator<Uint8Array> {
  if (compression === 'none') {
    yield* chunks
    return
  }
  const gunzip = createGunzip()
  const feeding = pipeline(Readable.from(chunks), gunzip)
  // The consumer reads from gunzip; a failure shows there as well, so the pipeline's own report is not needed.
  feeding.catch(() => undefined)
  try {
    for await (const chunk of gunzip) yield chunk as Buffer
  } catch (error) {
    const isZlibError = String((error as NodeJS.ErrnoException).code ?? '').startsWith('Z_')
    if (isZlibError) throw new ParseProblem('invalid-warc', `the web archive's gzip compression is damaged (${(error as Error).message}).`)
    throw error
  }
}
