/** Bytes → text, chunk by chunk, in the encoding the sniffer chose. BOMs are dropped. */
import iconv from 'iconv-lite'
import type { DumpEncoding } from './types'

export interface ChunkDecoder {
  /** Text of this chunk; a character split across chunks comes out with the next one. */
  write(chunk: Uint8Array): string
  end(): string
}

export function createChunkDecoder(encoding: DumpEncoding): ChunkDecoder {
  if (encoding === 'windows-1256' || encoding === 'iso-8859-6') {
    // Single-byte code pages keep no state between chunks.
    const decoder = iconv.getDecoder(encoding)
    return {
      write: (chunk) => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
      end: () => decoder.end() ?? ''
    }
  }
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding
  // WHATWG decoders drop a leading BOM of their own encoding (ignoreBOM: false is the default).
  const decoder = new TextDecoder(label)
  return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() }
}

export function decodeWhole(bytes: Uint8Array, encoding: DumpEncoding): string {
  const decoder = createChunkDecoder(encoding)
  return decoder.write(bytes) + decoder.end()
}
