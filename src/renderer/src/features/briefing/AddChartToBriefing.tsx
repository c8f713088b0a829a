import { useCallback, useRef, useState } from 'react'
import type { Briefing, BriefingSummary } from '../../../../shared/contract/briefings'
import type { TrendPeriod } from '../../../../shared/contract/search'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { lastUsedFirst, rememberBriefing } from './AddToBriefingMenu'
import { useBriefingProblem } from './problems'
import { useDismiss } from './useDismiss'

const NEW_SECTION = 'new'

export interface AddChartToBriefingProps {
  query: string
  by: TrendPeriod
  bySource: boolean
}

/**
 * "Add to briefing…" on the coverage chart: the briefing (the last one added to first), the section that will carry
 * the chart (or a new one), and its caption, the query by default. The export draws the chart with the counts of
 * its day.
 */
export function AddChartToBriefing({ query, by, bySource }: AddChartToBriefingProps) {
  const { t } = useI18n()
  const problemText = useBriefingProblem()
  const container = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState(false)
  const [briefings, setBriefings] = useState<BriefingSummary[] | null>(null)
  const [briefing, setBriefing] = useState<Briefing | null>(null)
  const [section, setSection] = useState<string>(NEW_SECTION)
  const [heading, setHeading] = useState('')
  const [caption, setCaption] = useState(query)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const close = useCallback(() => setOpen(false), [])
  useDismiss(container, open, close)

  const choose = (id: number) =>
    api.getBriefing({ id }).then(
      (chosen) => {
        setBriefing(chosen)
        setSection(chosen.sections.length ? String(chosen.sections[chosen.sections.length - 1]!.id) : NEW_SECTION)
      },
      (error: unknown) => setProblem(problemText('load', error))
    )

  const openMenu = () => {
    setProblem(null)
    setDone(null)
    setCaption(query)
    setHeading('')
    setBriefing(null)
    setOpen(true)
    api.listBriefings().then(
      (list) => {
        const ordered = lastUsedFirst(list)
        setBriefings(ordered)
        if (ordered[0]) void choose(ordered[0].id)
      },
      (error: unknown) => setProblem(problemText('list', error))
    )
  }

  const add = async () => {
    if (!briefing) return
    setBusy(true)
    setProblem(null)
    try {
      let sectionId = Number(section)
      if (section === NEW_SECTION) {
        const before = new Set(briefing.sections.map((existing) => existing.id))
        const grown = await api.addBriefingSection({ briefingId: briefing.id, heading: heading.trim() || caption.trim() || query })
        sectionId = grown.sections.find((added) => !before.has(added.id))!.id
      }
      const updated = await api.setSectionChart({ sectionId, query, by, bySource, caption: caption.trim() || query })
      rememberBriefing(updated.id)
      setDone(t.chartAdded(updated.title))
      setOpen(false)
    } catch (error) {
      setProblem(problemText('add', error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div ref={container} className="add-to-briefing add-chart-to-briefing">
      <button
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => (open ? close() : openMenu())}
        disabled={query.trim() === ''}
      >
        {t.chartAddTo}
      </button>
      {done && (
        <span className="add-to-briefing__note" role="status">
          {done}
        </span>
      )}
      {open && (
        <form
          className="add-to-briefing__panel"
          role="dialog"
          aria-label={t.chartAddToLabel}
          onSubmit={(event) => {
            event.preventDefault()
            void add()
          }}
        >
          <p className="add-to-briefing__heading">{t.chartAddToLabel}</p>
          {briefings !== null && briefings.length === 0 && <p className="add-to-briefing__note">{t.briefingAddEmptyList}</p>}
          {briefings !== null && briefings.length > 0 && (
            <>
              <label>
                <span>{t.chartBriefing}</span>
                <select dir="auto" value={briefing?.id ?? ''} onChange={(event) => void choose(Number(event.target.value))}>
                  {briefings.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.title}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span>{t.chartSection}</span>
                <select dir="auto" value={section} onChange={(event) => setSection(event.target.value)} disabled={!briefing}>
                  {briefing?.sections.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.heading}
                    </option>
                  ))}
                  <option value={NEW_SECTION}>{t.chartNewSection}</option>
                </select>
              </label>
              {section === NEW_SECTION && (
                <label>
                  <span>{t.chartNewSectionHeading}</span>
                  <input dir="auto" value={heading} onChange={(event) => setHeading(event.target.value)} />
                </label>
              )}
              <label>
                <span>{t.chartCaption}</span>
                <input dir="auto" value={caption} onChange={(event) => setCaption(event.target.value)} />
              </label>
              <button type="submit" disabled={busy || !briefing}>
                {t.chartAdd}
              </button>
            </>
          )}
          {problem && (
            <p className="add-to-briefing__problem" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
    </div>
  )
}
