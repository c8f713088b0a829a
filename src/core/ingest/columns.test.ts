import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary, type Library } from '../library'
import { headerKey, mappingFor, withMapping } from './columns'
import { runImport } from './job/runImport'

/** An export whose header names no column Marsad knows (German names, say). */
const header = ['Kopf', 'Inhalt', 'Tag', 'Quelle', 'Adresse']
const row = (n: number) =>
  `"Schlagzeile ${n}","Der Text der Meldung ${n}, lang genug, um ein Artikel zu sein.",2024-02-0${n},Agentur,https://example.org/${n}`
const exportFile = (head = header.join(',')) => [head, row(1), row(2)].join('\n')

describe('columns named by the analyst', () => {
  it('rename the chosen columns to their fields, ahead of any column a name would also have made that field', () => {
    const record = { Kopf: 'the title', Title: 'a teaser', Inhalt: 'the text' }
    expect(withMapping(record, { title: 'Kopf', body: 'Inhalt' })).toEqual({ title: 'the title', body: 'the text', Title: 'a teaser' })
  })

  it('apply by the header remembered (case and spacing aside), else by those named for the import when the header has them', () => {
    const choices = { remembered: [{ header, mapping: { title: 'Kopf' } }], named: { title: 'Titel', body: 'Text' } }
    expect(mappingFor(choices, ['kopf', 'INHALT', 'tag', 'quelle', 'adresse'])).toEqual({ title: 'kopf' })
    expect(mappingFor(choices, ['Titel', 'Text', 'Datum'])).toEqual({ title: 'Titel', body: 'Text' })
    expect(mappingFor(choices, ['Titel', 'Datum'])).toBeNull()
    expect(headerKey(['Published At'])).toBe(headerKey(['published_at']))
  })

  describe('in an import', () => {
    let temp: ReturnType<typeof makeTempDir>
    let library: Library
    beforeEach(() => {
      temp = makeTempDir('marsad-columns-')
      library = openLibrary(temp.file('library.marsad'))
    })
    afterEach(() => {
      library.close()
      temp.cleanup()
    })

    it('a file whose header is not recognised fails whole, naming its columns; with a mapping remembered for that header it imports', async () => {
      writeFileSync(temp.file('export.csv'), exportFile())
      const failed = await runImport(library, { paths: [temp.file('export.csv')] }, { jobId: 'a' })
      expect(failed.files[0]!.error).toMatchObject({ code: 'no-stories', columns: header })
      expect(library.stories.count()).toBe(0)

      library.columnMappings.remember(headerKey(header), {
        header,
        mapping: { title: 'Kopf', body: 'Inhalt', date: 'Tag', source: 'Quelle', url: 'Adresse' }
      })
      const again = await runImport(library, { paths: [temp.file('export.csv')] }, { jobId: 'b' })
      expect(again.files[0]).toMatchObject({ stories: 2, error: null })
      const [story] = library.stories.listNewestFirst(0, 10).filter((s) => s.title === 'Schlagzeile 1')
      expect(story).toMatchObject({ date: '2024-02-01', source: 'Agentur' })

      // Another file with the same header, written in other case, is read the same way.
      writeFileSync(
        temp.file('next.csv'),
        exportFile(header.join(',').toLowerCase())
          .replace(/Schlagzeile/g, 'Titel')
          .replace(/example\.org/g, 'example.net')
      )
      expect((await runImport(library, { paths: [temp.file('next.csv')] }, { jobId: 'c' })).files[0]).toMatchObject({
        stories: 2,
        error: null
      })
    })

    it('columns named for one import apply to it, and are not remembered', async () => {
      writeFileSync(temp.file('export.csv'), exportFile())
      const named = await runImport(
        library,
        { paths: [temp.file('export.csv')], columns: { remembered: [], named: { title: 'Kopf', body: 'Inhalt' } } },
        { jobId: 'a' }
      )
      expect(named.files[0]).toMatchObject({ stories: 2, error: null })
      expect(library.columnMappings.list()).toEqual([])
    })
  })
})
