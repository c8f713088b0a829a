import { closeSync, openSync, statSync, writeSync } from 'node:fs'
import { openLibrary } from '../../src/core/library'
import { seededRandom } from './seededRandom'
import { addStory } from './stories'

/** A library of 400 stories at `path`, closed cleanly: big enough for its middle page to hold stories or indexes. */
export function libraryOf400Stories(path: string): void {
  const library = openLibrary(path)
  library.transaction(() => {
    for (let i = 0; i < 400; i++)
      addStory(library, { title: `خبر ${i}`, body: `نص الخبر رقم ${i} عن المدينة والسوق والوزارة. `.repeat(20) })
  })
  library.close()
}

/** 4 KB of (seeded) random bytes over the page in the middle of the file, as a failing disk or a stray program would write. */
export function writeNoiseInTheMiddle(path: string): void {
  const random = seededRandom(17)
  const noise = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256)))
  const fd = openSync(path, 'r+')
  writeSync(fd, noise, 0, noise.length, Math.floor(statSync(path).size / 2 / 4096) * 4096)
  closeSync(fd)
}
