import type { BriefingDocument, BriefingDocumentItem } from '../../../../shared/contract/briefings'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'
import { useBriefingProblem } from './problems'
import { PreviewChart } from './PreviewChart'

export interface BriefingPreviewProps {
  briefingId: number
  /** Changes whenever the briefing does (its updatedAt), so that the preview follows the edits. */
  version: string
}

const paragraphs = (text: string) => text.split(/\n+/).filter((line) => line.trim() !== '')

/**
 * The briefing as it will be exported, drawn from the same document model as the PDF, HTML and DOCX files: the app's
 * CSP keeps the export's own HTML (inline styles, data: fonts) out of the window, so the preview is React over the
 * model, in the reading font, in the briefing's direction. Pages, running header and page numbers are the PDF's.
 */
export function BriefingPreview({ briefingId, version }: BriefingPreviewProps) {
  const { t } = useI18n()
  const problemText = useBriefingProblem()
  const document = useApi(() => api.briefingDocument({ id: briefingId }), [briefingId, version])
  if (document.error) {
    return (
      <p className="briefing-problem" role="alert">
        {problemText('load', document.error)}
      </p>
    )
  }
  if (!document.data) return <p className="pane__message">{t.loading}</p>
  return (
    <div className="briefing-preview-frame">
      <p className="briefing-preview-frame__note">{t.briefingPreviewNote}</p>
      <Preview document={document.data} />
    </div>
  )
}

function Preview({ document }: { document: BriefingDocument }) {
  const { labels } = document
  return (
    <article className="briefing-preview" lang={document.language} dir={document.direction} data-testid="briefing-preview">
      <header className="briefing-preview__cover">
        {document.classification && <p className="briefing-preview__classification">{document.classification}</p>}
        <h3 className="briefing-preview__title" dir="auto">
          {document.title}
        </h3>
        {document.subtitle && (
          <p className="briefing-preview__subtitle" dir="auto">
            {document.subtitle}
          </p>
        )}
        <p className="briefing-preview__byline">{[document.author, document.date].filter(Boolean).join(' · ')}</p>
      </header>
      {document.sections.length > 0 && (
        <nav className="briefing-preview__contents" aria-label={labels.contents}>
          <h4>{labels.contents}</h4>
          <ol>
            {document.sections.map((section) => (
              <li key={section.anchor}>
                <span className="briefing-preview__number">{section.number}</span> <bdi>{section.heading}</bdi>
                <ol>
                  {section.items.map((item) => (
                    <li key={item.anchor}>
                      <span className="briefing-preview__number">{item.number}</span> <bdi>{item.title}</bdi>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {document.introduction && (
        <section className="briefing-preview__part">
          <h4>{labels.introduction}</h4>
          {paragraphs(document.introduction).map((line, index) => (
            <p key={index} dir="auto">
              {line}
            </p>
          ))}
        </section>
      )}
      {document.sections.map((section) => (
        <section key={section.anchor} className="briefing-preview__part">
          <h4>
            <span className="briefing-preview__number">{section.number}</span> <bdi>{section.heading}</bdi>
          </h4>
          {section.chart && <PreviewChart chart={section.chart} language={document.language} />}
          {section.chart && (
            <p className="briefing-preview__chart">
              <strong>
                <bdi>{section.chart.caption}</bdi>
              </strong>{' '}
              ({document.labels.chartQuery}: <bdi>{section.chart.query}</bdi>)
            </p>
          )}
          {section.items.map((item) => (
            <PreviewItem key={item.anchor} item={item} document={document} />
          ))}
        </section>
      ))}
    </article>
  )
}

function PreviewItem({ item, document }: { item: BriefingDocumentItem; document: BriefingDocument }) {
  const { labels } = document
  return (
    <div className="briefing-preview__item">
      <h5>
        <span className="briefing-preview__number">{item.number}</span> <bdi>{item.title}</bdi>
      </h5>
      <p className="briefing-preview__meta">
        <bdi>{[item.source, item.date].filter(Boolean).join(' · ')}</bdi>
      </p>
      <div className={`briefing-preview__text briefing-preview__text--${item.textKind}`}>
        {item.textKind === 'excerpt' && <p className="briefing-preview__label">{labels.excerpt}</p>}
        {paragraphs(item.text).map((line, index) => (
          <p key={index} dir="auto">
            {line}
          </p>
        ))}
      </div>
      {item.comment && (
        <aside className="briefing-preview__comment">
          <p className="briefing-preview__label">{labels.comment}</p>
          {paragraphs(item.comment).map((line, index) => (
            <p key={index} dir="auto">
              {line}
            </p>
          ))}
        </aside>
      )}
      {item.tags.length > 0 && (
        <p className="briefing-preview__meta">
          {labels.tags}:{' '}
          {item.tags.map((tag, index) => (
            <span key={tag}>
              {index > 0 && labels.listSeparator}
              <bdi>{tag}</bdi>
            </span>
          ))}
        </p>
      )}
      {item.alsoCarriedBy.length > 0 && (
        <p className="briefing-preview__meta">
          {labels.alsoCarriedBy}:{' '}
          {item.alsoCarriedBy.map((source, index) => (
            <span key={source}>
              {index > 0 && labels.listSeparator}
              <bdi>{source}</bdi>
            </span>
          ))}
        </p>
      )}
      {item.links.length > 0 && (
        <p className="briefing-preview__meta">
          {labels.seeAlso}:{' '}
          {item.links.map((link, index) => (
            <span key={`${link.anchor}-${link.kind}`}>
              {index > 0 && labels.listSeparator}
              <span className="briefing-preview__number">{link.number}</span> <bdi>{link.title}</bdi> ({link.label})
            </span>
          ))}
        </p>
      )}
    </div>
  )
}
