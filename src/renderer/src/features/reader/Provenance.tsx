import type { Story } from '../../../../shared/domain'
import { useI18n } from '../../i18n/I18nProvider'
import { useStoryDates } from '../organise'

/** Where the story came from: the file and its place in it, every other file it was seen in, and when it was added. */
export function Provenance({ story }: { story: Story }) {
  const { t } = useI18n()
  const dates = useStoryDates()
  const first = story.provenance
  const others = story.sightings.filter((sighting) => !(first && sighting.file === first.file && sighting.position === first.position))
  const place = (file: string, position: number) => (
    <>
      <bdi className="provenance__file">{file}</bdi> ({t.storyInFile(position + 1)})
    </>
  )
  const extra = Object.entries(story.extra)
  return (
    <section className="reader-section provenance" aria-labelledby="reader-provenance-heading">
      <h3 id="reader-provenance-heading" className="reader-section__heading">
        {t.provenanceHeading}
      </h3>
      <dl className="provenance__facts">
        {first && (
          <>
            <dt>{t.importedFrom}</dt>
            <dd>{place(first.file, first.position)}</dd>
          </>
        )}
        {others.length > 0 && (
          <>
            <dt>{t.alsoSeenIn}</dt>
            <dd>
              <ul className="provenance__sightings">
                {others.map((sighting, index) => (
                  <li key={index}>{place(sighting.file, sighting.position)}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <p className="reader-section__empty">{t.addedOn(dates.moment(story.addedAt))}</p>
      {(story.teasers.length > 0 || extra.length > 0) && (
        <details className="provenance__more">
          <summary>{t.fromTheDump}</summary>
          {story.teasers.length > 0 && (
            <>
              <h4 className="link-group__heading">{t.teasersHeading}</h4>
              <ul>
                {story.teasers.map((teaser, index) => (
                  <li key={index} dir="auto">
                    {teaser}
                  </li>
                ))}
              </ul>
            </>
          )}
          {extra.length > 0 && (
            <dl className="provenance__facts">
              {extra.map(([key, value]) => (
                <div key={key} className="provenance__extra">
                  <dt dir="auto">{key}</dt>
                  <dd dir="auto">{value}</dd>
                </div>
              ))}
            </dl>
          )}
        </details>
      )}
    </section>
  )
}
