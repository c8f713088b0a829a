import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { MarsadError } from '../../../shared/errors'

/**
 * One face of the font that exports embed. Full TTF files, never woff2 subsets: a PDF made from a subset cannot be
 * searched or copied as real Arabic. Amiri (SIL OFL, resources/fonts/OFL.txt) covers Arabic and Latin.
 */
export interface ExportFontFace {
  family: string
  weight: 400 | 700
  file: string
  data: Buffer
}

export const EXPORT_FONT_FAMILY = 'Amiri'
const FACES: readonly Omit<ExportFontFace, 'data'>[] = [
  { family: EXPORT_FONT_FAMILY, weight: 400, file: 'Amiri-Regular.ttf' },
  { family: EXPORT_FONT_FAMILY, weight: 700, file: 'Amiri-Bold.ttf' }
]

/**
 * The folder the app ships its fonts in: `resources/fonts` in the source tree, found by walking up from this file
 * (sources, the built CLI and the built main process all live below the repository). The packaged app passes its own
 * (electron-builder copies the folder into the app's resources).
 */
export function findFontsDir(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources', 'fonts')
    if (existsSync(join(candidate, FACES[0]!.file))) return candidate
    if (dirname(dir) === dir) {
      throw new MarsadError('internal', `Marsad cannot find its fonts (resources/fonts/${FACES[0]!.file}); reinstall Marsad.`)
    }
  }
}

/** The faces read from `dir` (on first use, then kept). */
export class ExportFonts {
  private faces: ExportFontFace[] | null = null

  constructor(private readonly dir: () => string) {}

  all(): ExportFontFace[] {
    this.faces ??= FACES.map((face) => ({ ...face, data: readFileSync(join(this.dir(), face.file)) }))
    return this.faces
  }
}
