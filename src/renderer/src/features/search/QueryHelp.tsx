import { useI18n } from '../../i18n/I18nProvider'

/** The query language in examples, shown where a search could not be read. */
export function QueryHelp() {
  const { t } = useI18n()
  return (
    <section className="query-help" aria-labelledby="query-help-heading">
      <h2 id="query-help-heading" className="query-help__title">
        {t.queryHelpTitle}
      </h2>
      <dl className="query-help__list">
        {t.queryHelp.map(([syntax, meaning]) => (
          <div key={syntax} className="query-help__item">
            <dt>
              <code dir="ltr">{syntax}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
