/** Bytes read off a stream by line or by count, as record formats with length headers (WARC, HTTP) need. */

export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0)
  private ended = false
  /** Bytes consumed so far: where the next read starts in the stream. */
  offset = 0

  constructor(private readonly chunks: AsyncIterator<Uint8Array>) {}

  /** Tops the buffer up with the next chunk; false at the end of the stream. */
  private async fill(): Promise<boolean> {
    if (this.ended) return false
    const { value, done } = await this.chunks.next()
    if (done) {
      this.ended = true
      return false
    }
    const chunk = Buffer.from(value.buffer, value.byteOffset, value.byteLength)
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
    return true
  }

  private consume(length: number): Buffer {
    const taken = this.buffer.subarray(0, length)
    this.buffer = this.buffer.subarray(length)
    this.offset += length
    return taken
  }

  /** The next line without its CR LF (or LF); null at the end of the stream; throws past `maxBytes`. */
  async readLine(maxBytes: number): Promise<Buffer | null> {
    let searchFrom = 0
    for (;;) {
      const newline = this.buffer.indexOf(0x0a, searchFrom)
      if (newline !== -1) {
        const line = this.consume(newline + 1)
        return line.subarray(0, line.length - (line.length > 1 && line[line.length - 2] === 0x0d ? 2 : 1))
      }
      if (this.buffer.length > maxBytes) throw new LineTooLong(this.offset)
      searchFrom = this.buffer.length
      if (!(await this.fill())) return this.buffer.length > 0 ? this.consume(this.buffer.length) : null
    }
  }

  /** Exactly `length` bytes; fewer only when the stream ends first. */
  async read(length: number): Promise<Buffer> {
    const parts: Buffer[] = []
    let missing = length
    while (missing > 0) {
      if (this.buffer.length === 0 && !(await this.fill())) break
      const part = this.consume(Math.min(missing, this.buffer.length))
      // Copied: the part must not keep the whole chunk it was cut from alive.
      parts.push(Buffer.from(part))
      missing -= part.length
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts)
  }

  /** Passes over `length` bytes without keeping them; returns how many there were before the stream ended. */
  async skip(length: number): Promise<number> {
    let missing = length
    while (missing > 0) {
      if (this.buffer.length === 0 && !(await this.fill())) break
      missing -= this.consume(Math.min(missing, this.buffer.length)).length
    }
    return length - missing
  }
}

export class LineTooLong extends Error {
  constructor(readonly offset: number) {
    super(`a header line at byte ${offset} has no end`)
  }
}
