import { deflateSync } from 'node:zlib'
import type { BriefingLanguage } from '../../../shared/contract/briefings'
import type { SearchTrend } from '../../../shared/contract/search'
import { layoutChart, type ChartRect } from '../../../shared/briefingChart'

/** Print resolution: the chart's CSS pixels (96 per inch) drawn at 300 dots per inch. */
export const PRINT_SCALE = 300 / 96

/**
 * The chart's bars, axes and grid lines as a PNG at print resolution, for the DOCX (Word needs a PNG beside an
 * SVG): the chart as `chartSvg` lays it out without its legend, less the text. The legend, caption and query go in
 * the document's own paragraphs.
 */
export function chartPng(trend: SearchTrend, language: BriefingLanguage, scale = PRINT_SCALE): Buffer {
  const layout = layoutChart(trend, language, { legend: false })
  const width = Math.round(layout.width * scale)
  const height = Math.round(layout.height * scale)
  const pixels = Buffer.alloc(width * height * 3, 0xff)
  const fill = (rect: ChartRect) => {
    const [r, g, b] = rgb(rect.colour)
    const x0 = clamp(Math.round(rect.x * scale), width)
    const x1 = clamp(Math.max(Math.round((rect.x + rect.width) * scale), x0 + 1), width)
    const y0 = clamp(Math.round(rect.y * scale), height)
    const y1 = clamp(Math.max(Math.round((rect.y + rect.height) * scale), y0 + 1), height)
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const at = (y * width + x) * 3
        pixels[at] = r
        pixels[at + 1] = g
        pixels[at + 2] = b
      }
    }
  }
  layout.lines.forEach(fill)
  layout.bars.forEach(fill)
  return encodePng(width, height, pixels)
}

/** An 8-bit RGB PNG of these pixels (rows top to bottom, three bytes a pixel). */
export function encodePng(width: number, height: number, rgbPixels: Buffer): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    rows[y * (width * 3 + 1)] = 0 // filter: none
    rgbPixels.copy(rows, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // colour type: RGB
  const dpm = Math.round(300 / 0.0254)
  const physical = Buffer.alloc(9)
  physical.writeUInt32BE(dpm, 0)
  physical.writeUInt32BE(dpm, 4)
  physical[8] = 1 // metres
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('pHYs', physical),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0))
  ])
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function rgb(colour: string): [number, number, number] {
  const hex = colour.replace('#', '')
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)]
}

const clamp = (n: number, size: number) => Math.min(size, Math.max(0, n))
