import { useState } from 'react'
import { LINK_KINDS, type StoryLinkView } from '../../../../shared/contract/organise'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useUndo } from '../../lib/undo'
import { LinkedStoryLabel } from './LinkedStoryLabel'
import { Neighbourhood } from './Neighbourhood'
import { useProblemText } from './problems'
import { TextEditor } from './TextEditor'

interface StoryLinksProps {
  storyId: number
  links: StoryLinkView[]
  onOpenStory(storyId: number): void
  onAddLink(): void
}

/**
 * The story's links, grouped by kind: each shows the other story and which way the link points (→ from this
 * story, ← a backlink), marks the links the importer made, opens the other story, and has its note and removal.
 */
export function StoryLinks({ storyId, links, onOpenStory, onAddLink }: StoryLinksProps) {
  const { t } = useI18n()
  const groups = LINK_KINDS.map((kind) => ({ kind, links: links.filter((link) => link.kind === kind) })).filter(
    (group) => group.links.length > 0
  )
  return (
    <section className="reader-section" id="reader-links" aria-labelledby="reader-links-heading">
      <header className="reader-section__header">
        <h3 id="reader-links-heading" className="reader-section__heading">
          {t.linksHeading}
        </h3>
        <button
          type="button"
          className="reader-button reader-button--small"
          title={t.addLinkHint}
          aria-keyshortcuts="L"
          onClick={onAddLink}
        >
          {t.addLink}
        </button>
      </header>
      {groups.length === 0 && <p className="reader-section__empty">{t.noLinks}</p>}
      {groups.map((group) => (
        <div key={group.kind} className="link-group">
          <h4 className="link-group__heading">{t.linkKindHeading(group.kind)}</h4>
          <ul className="link-list">
            {group.links.map((link) => (
              <LinkItem key={link.id} link={link} onOpenStory={onOpenStory} />
            ))}
          </ul>
        </div>
      ))}
      {links.length > 0 && <Neighbourhood storyId={storyId} onOpenStory={onOpenStory} />}
    </section>
  )
}

function LinkItem({ link, onOpenStory }: { link: StoryLinkView; onOpenStory(storyId: number): void }) {
  const { t, dir } = useI18n()
  const { offer } = useUndo()
  const problemText = useProblemText()
  const [editing, setEditing] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  // The arrow points from this story to the other one, in the reading direction of the interface.
  const towardsOther = dir === 'rtl' ? '←' : '→'
  const towardsThis = dir === 'rtl' ? '→' : '←'
  const title = link.other.title ?? t.readerUntitled

  const remove = () =>
    api.unlinkStories({ linkId: link.id }).then(
      (result) => offer(result.undo, t.linkRemoved),
      (error: unknown) => setProblem(problemText('unlink', error))
    )
  const saveNote = (note: string) =>
    api.updateLinkNote({ linkId: link.id, note: note.trim() === '' ? null : note }).then(
      () => setEditing(false),
      (error: unknown) => {
        setProblem(problemText('linkNote', error))
        throw error
      }
    )

  return (
    <li className={`link-item link-item--${link.direction}`}>
      <div className="link-item__main">
        <span className="link-item__direction" aria-hidden="true" title={t.linkPhrase(link.kind, link.direction)}>
          {link.direction === 'out' ? towardsOther : towardsThis}
        </span>
        <button type="button" className="link-item__story" onClick={() => onOpenStory(link.other.id)}>
          <span className="reader-sr-only">{t.linkPhrase(link.kind, link.direction)} </span>
          <LinkedStoryLabel story={link.other} />
        </button>
        {link.origin === 'import' && (
          <span className="link-item__origin" title={t.fromImportHint}>
            {t.fromImport}
          </span>
        )}
        <span className="link-item__actions">
          {!editing && (
            <button type="button" className="reader-button reader-button--small" onClick={() => setEditing(true)}>
              {link.note ? t.editLinkNote : t.addLinkNote}
            </button>
          )}
          <button
            type="button"
            className="reader-button reader-button--small reader-button--icon"
            aria-label={t.removeLink(title)}
            title={t.removeLink(title)}
            onClick={() => void remove()}
          >
            ×
          </button>
        </span>
      </div>
      {editing ? (
        <TextEditor
          label={t.linkNoteLabel}
          initial={link.note ?? ''}
          saveLabel={t.readerSave}
          allowEmpty
          autoFocus
          onSave={saveNote}
          onCancel={() => setEditing(false)}
        />
      ) : (
        link.note && (
          <p className="link-item__note" dir="auto">
            {link.note}
          </p>
        )
      )}
      {problem && (
        <p className="reader-problem" role="alert">
          {problem}
        </p>
      )}
    </li>
  )
}
