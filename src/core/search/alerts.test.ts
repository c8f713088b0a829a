import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import type { ImportAlert } from '../../shared/contract/alerts'
import { MarsadCore } from '../core'
import { AlertNotifications, ALERT_WINDOW_MS } from './alertNotifications'

const story = (title: string, body: string) => JSON.stringify({ title, body, source: 'وكالة' })

describe('alerts after an import', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: MarsadCore
  let raised: { runId: number; alerts: ImportAlert[] }[]

  const importLines = async (name: string, lines: string[]) => {
    writeFileSync(temp.file(name), lines.join('\n'))
    core.imports.start({ paths: [temp.file(name)] })
    await core.imports.idle()
  }
  const call = async <T>(method: string, request: object): Promise<T> =>
    (core.handlers as unknown as Record<string, (r: object) => Promise<T>>)[method]!(request)

  beforeEach(() => {
    temp = makeTempDir('marsad-alerts-')
    core = new MarsadCore({ libraryPath: temp.file('library.marsad') })
    raised = []
    core.onEvent((event, payload) => event === 'alertsRaised' && raised.push(payload as (typeof raised)[number]))
  })
  afterEach(() => {
    core.close()
    temp.cleanup()
  })

  it('tells each alert, on or muted, the stories an import brought that match it, and nothing for a plain saved search', async () => {
    await importLines('old.jsonl', [story('كوريا تجري مناورات', 'أجرت كوريا مناورات بحرية قبل أسبوع.')])
    const korea = await call<{ id: number }>('saveSearch', { name: 'كوريا', query: 'كوريا' })
    const harbour = await call<{ id: number }>('saveSearch', { name: 'الميناء', query: 'ميناء' })
    await call<{ id: number }>('saveSearch', { name: 'ميزانية', query: 'ميزانية' })
    expect(await call('setSavedSearchAlert', { id: korea.id, alert: 'on' })).toEqual({ id: korea.id, alert: 'on' })
    await call('setSavedSearchAlert', { id: harbour.id, alert: 'muted' })

    await importLines('new.jsonl', [
      story('كوريا الشمالية تطلق صاروخا', 'أطلقت كوريا الشمالية صاروخا باليستيا فجر اليوم.'),
      story('الحكومة تعلن الميزانية', 'أعلنت الحكومة ميزانية العام المقبل.'),
      story('', 'افتتح المحافظ ميناء الصيد الجديد في المدينة الساحلية بحضور الصيادين وأهالي المدينة.'),
      story('سيول ترد على كوريا', 'ردت سيول على إطلاق كوريا الشمالية صاروخا.')
    ])
    await vi.waitFor(() => expect(raised).toHaveLength(1))
    const [{ runId, alerts }] = raised as [(typeof raised)[number]]
    expect(alerts).toEqual([
      {
        savedSearchId: harbour.id,
        savedSearch: 'الميناء',
        alert: 'muted',
        new: 1,
        storyIds: [4],
        firstTitle: expect.stringMatching(/^افتتح المحافظ ميناء/)
      },
      { savedSearchId: korea.id, savedSearch: 'كوريا', alert: 'on', new: 2, storyIds: [2, 5], firstTitle: 'كوريا الشمالية تطلق صاروخا' }
    ])
    expect(await call('importAlerts', { runId })).toEqual(alerts)
    // The saved search counts them as new, as it always has.
    expect(await call('listSavedSearches', {})).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'كوريا', alert: 'on', newCount: 2 })])
    )

    // Turned off, it raises nothing more.
    await call('setSavedSearchAlert', { id: korea.id, alert: 'off' })
    await call('setSavedSearchAlert', { id: harbour.id, alert: 'off' })
    await importLines('later.jsonl', [story('كوريا مجددا', 'كوريا تعود إلى الواجهة.')])
    expect(raised).toHaveLength(1)
  })

  it('refuses a saved search that does not exist', async () => {
    await expect(call('setSavedSearchAlert', { id: 99, alert: 'on' })).rejects.toThrow(/There is no saved search 99/)
  })
})

describe('alert notifications', () => {
  const alert = (savedSearchId: number, count: number, mode: 'on' | 'muted' = 'on'): ImportAlert => ({
    savedSearchId,
    savedSearch: `search ${savedSearchId}`,
    alert: mode,
    new: count,
    storyIds: [],
    firstTitle: `title ${savedSearchId}`
  })
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('tells the first alert at once and gathers those of the following minute into one, never a muted one', () => {
    const shown: { title: string; body: string }[] = []
    const notifications = new AlertNotifications((notice) => shown.push(notice))
    notifications.add([alert(1, 3)])
    expect(shown).toEqual([{ title: '3 new stories for «search 1»', body: 'title 1' }])

    notifications.add([alert(1, 1)])
    notifications.add([alert(2, 2), alert(3, 5, 'muted')])
    expect(shown).toHaveLength(1)
    vi.advanceTimersByTime(ALERT_WINDOW_MS)
    expect(shown[1]).toEqual({ title: '3 new stories for 2 alerts', body: 'title 1' })

    // A quiet minute, then the next alert is told at once again.
    vi.advanceTimersByTime(ALERT_WINDOW_MS)
    notifications.add([alert(3, 1, 'muted')])
    notifications.add([alert(2, 1)])
    expect(shown.slice(2)).toEqual([{ title: '1 new story for «search 2»', body: 'title 2' }])
    notifications.close()
  })
})
