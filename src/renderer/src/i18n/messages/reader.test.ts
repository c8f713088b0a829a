import { describe, expect, it } from 'vitest'
import { common } from './common'
import { importMessages } from './import'
import { readerMessages } from './reader'
import { searchMessages } from './search'
import { formattersFor } from '../formatters'
import type { Formatters } from './types'

const formatters: Formatters = formattersFor('ar')

describe('reader messages', () => {
  it('have the same keys in both languages and share none with the other bundles (the merge would overwrite them)', () => {
    const english = Object.keys(readerMessages.en(formatters)).sort()
    expect(Object.keys(readerMessages.ar(formatters)).sort()).toEqual(english)
    const others = [common, importMessages, searchMessages].flatMap((bundle) => Object.keys(bundle.en(formatters)))
    expect(english.filter((key) => others.includes(key))).toEqual([])
  })

  it('explain a failure in the interface language, with what to do', () => {
    expect(readerMessages.ar(formatters).readerProblem('link', 'bad-request', 'A story cannot be linked to itself.')).toBe(
      'لم يُنشأ الرابط. لا يُربط الخبر بنفسه؛ اختر خبرًا آخر.'
    )
    expect(readerMessages.en(formatters).readerProblem('tag', 'bad-request', 'A tag name cannot have an empty part.')).toBe(
      'The tag was not added. A tag name cannot have an empty part.'
    )
  })
})
