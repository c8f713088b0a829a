import { describe, expect, it } from 'vitest'
import { LineSplitter, OversizeError } from './lines'

function splitInChunks(text: string, size: number, maxLineChars?: number): string[] {
  const splitter = new LineSplitter(maxLineChars)
  const lines: string[] = []
  for (let at = 0; at < text.length; at += size) lines.push(...splitter.push(text.slice(at, at + size)))
  return [...lines, ...splitter.finish()]
}

describe('LineSplitter', () => {
  const text = 'سطر أول  \r\nسطر ثان\rسطر ثالث\n\nسطر أخير\t'

  it.each([1, 2, 3, 7, 100])('gives the same lines whatever the chunk size (%i)', (size) => {
    expect(splitInChunks(text, size)).toEqual(['سطر أول', 'سطر ثان', 'سطر ثالث', '', 'سطر أخير'])
  })

  it('keeps form feeds, which separate records', () => {
    expect(splitInChunks('أ\n\f\nب', 2)).toEqual(['أ', '\f', 'ب'])
  })

  it('stops a line that grows past the cap, naming it', () => {
    expect(() => splitInChunks(`قصير\n${'x'.repeat(50)}\n`, 8, 20)).toThrow(new OversizeError('line', 2))
  })
})
