/**
 * A seeded generator of broken dumps, made from good ones the way files break in the wild and the way hostile
 * files are built: cut short, bytes flipped, invalid UTF-8 spliced in, nested without end, and zips with odd
 * members. The same seed always gives the same files.
 */
import iconv from 'iconv-lite'
import { makeZip } from '../fixtures/dumps/zipWriter'
import { seededRandom } from '../helpers/seededRandom'

export interface MutatedDump {
  name: string
  bytes: Buffer
  /** How it was made, for the test's messages. */
  how: string
}

type Random = () => number

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const at = (random: Random, bytes: Buffer) => Math.floor(random() * bytes.length)

function truncate(random: Random, bytes: Buffer): Buffer {
  return bytes.subarray(0, at(random, bytes))
}

function flipBytes(random: Random, bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes)
  const flips = 1 + Math.floor(random() * 16)
  for (let i = 0; i < flips; i++) copy[at(random, copy)] = Math.floor(random() * 256)
  return copy
}

/** Bytes that are never UTF-8 (a lone continuation byte, an overlong form, a cut sequence), spliced in. */
function invalidUtf8(random: Random, bytes: Buffer): Buffer {
  const bad = pick(random, [Buffer.from([0x80]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xe2, 0x82]), Buffer.from([0xff, 0xfe, 0xfd])])
  const where = at(random, bytes)
  return Buffer.concat([bytes.subarray(0, where), bad, bytes.subarray(where)])
}

/** The dump's text inside thousands of levels of the nesting its kind allows. */
function nestDeep(random: Random, name: string, bytes: Buffer): Buffer {
  const levels = 1000 + Math.floor(random() * 20_000)
  const text = bytes.toString('utf8')
  if (name.endsWith('.html')) return Buffer.from(text.replace('<body>', `<body>${'<div>'.repeat(levels)}`))
  if (name.endsWith('.json') || name.endsWith('.jsonl')) {
    return Buffer.from(`${text.trimEnd()}\n{"title": "x", "body": "y", "deep": ${'['.repeat(levels)}${']'.repeat(levels)}}\n`)
  }
  return Buffer.from(`${'<div>'.repeat(levels)}${text}`)
}

function toWindows1256(_random: Random, bytes: Buffer): Buffer {
  return iconv.encode(bytes.toString('utf8'), 'windows-1256')
}

const MUTATIONS = { truncate, flipBytes, invalidUtf8, toWindows1256 } as const

/** Zips as archivers and attackers make them: members climbing out, empty, hidden, nested, broken, cut short. */
function oddZip(random: Random, good: readonly { name: string; bytes: Buffer }[], index: number): MutatedDump {
  const member = pick(random, good)
  const kinds = [
    () => ({
      how: 'zip: members climbing out',
      bytes: makeZip([
        { name: `../${member.name}`, data: member.bytes },
        { name: 'a/../../b.txt', data: member.bytes }
      ])
    }),
    () => ({ how: 'zip: empty', bytes: makeZip([]) }),
    () => ({
      how: 'zip: only hidden and folders',
      bytes: makeZip([
        { name: '.hidden.txt', data: member.bytes },
        { name: 'folder/', data: '' },
        { name: '__MACOSX/._x', data: 'x' }
      ])
    }),
    () => ({
      how: 'zip: an empty zip inside',
      bytes: makeZip([
        { name: 'inner.zip', data: makeZip([]) },
        { name: `ok-${member.name}`, data: flipBytes(random, member.bytes) }
      ])
    }),
    () => ({ how: 'zip: cut short', bytes: truncate(random, makeZip([{ name: member.name, data: member.bytes }])) }),
    () => ({ how: 'zip: bytes flipped', bytes: flipBytes(random, makeZip([{ name: member.name, data: member.bytes, method: 'store' }])) })
  ]
  const made = pick(random, kinds)()
  return { name: `odd-${index}.zip`, ...made }
}

/** `count` broken dumps made from the good ones; the seed fixes which. */
export function mutatedDumps(seed: number, good: readonly { name: string; bytes: Buffer }[], count: number): MutatedDump[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, index) => {
    if (random() < 0.2) return oddZip(random, good, index)
    const source = pick(random, good)
    if (random() < 0.15)
      return { name: `deep-${index}-${source.name}`, bytes: nestDeep(random, source.name, source.bytes), how: 'nested deep' }
    const [how, mutate] = pick(random, Object.entries(MUTATIONS))
    return { name: `${how}-${index}-${source.name}`, bytes: mutate(random, source.bytes), how }
  })
}
