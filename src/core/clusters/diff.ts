import type { WordDiff } from '../../shared/contract/clusters'
import { normalizeText } from '../text'

export type { WordDiff }

/** Beyond this many edits the two texts are not copies worth a word-by-word comparison. */
const MAX_EDITS = 4000

/** Words with what follows them, so joining the pieces gives the text back exactly. */
function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? []
}

/**
 * What `copy` added to `other` and what it cut, word by word (Myers' O(ND) difference). Words are compared as the
 * analyser normalises them, so a respelling (harakat, hamza seat, ة/ه) is not a difference; the text shown is
 * each side's own.
 */
export function diffWords(other: string, copy: string): WordDiff[] {
  const a = words(other)
  const b = words(copy)
  const keyA = a.map((word) => normalizeText(word))
  const keyB = b.map((word) => normalizeText(word))
  const script = editScript(keyA, keyB)
  if (!script)
    return [
      { kind: 'cut', text: other },
      { kind: 'added', text: copy }
    ]

  const pieces: WordDiff[] = []
  const push = (kind: WordDiff['kind'], text: string) => {
    const last = pieces[pieces.length - 1]
    if (last && last.kind === kind) last.text += text
    else pieces.push({ kind, text })
  }
  let i = 0
  let j = 0
  for (const step of script) {
    if (step === 'same') {
      push('same', b[j++]!)
      i++
    } else if (step === 'cut') push('cut', a[i++]!)
    else push('added', b[j++]!)
  }
  return pieces
}

type Step = 'same' | 'cut' | 'added'

/** The shortest edit script from a to b, or null when it would take more than MAX_EDITS edits. */
function editScript(a: readonly string[], b: readonly string[]): Step[] | null {
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, MAX_EDITS)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(trace, n, m, offset, d)
    }
  }
  return null
}

function backtrack(trace: Int32Array[], n: number, m: number, offset: number, depth: number): Step[] {
  const steps: Step[] = []
  let x = n
  let y = m
  for (let d = depth; d > 0; d--) {
    const v = trace[d]!
    const k = x - y
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
    const previousK = down ? k + 1 : k - 1
    const previousX = v[offset + previousK]!
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) {
      steps.push('same')
      x--
      y--
    }
    steps.push(down ? 'added' : 'cut')
    x = previousX
    y = previousY
  }
  while (x > 0 && y > 0) {
    steps.push('same')
    x--
    y--
  }
  return steps.reverse()
}
