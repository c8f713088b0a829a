import type { Briefing, BriefingLanguage } from '../../../../shared/contract/briefings'
import { useI18n } from '../../i18n/I18nProvider'
import { useAutosave } from './useAutosave'

type CoverField = 'title' | 'subtitle' | 'author' | 'classification' | 'introduction'

export interface CoverPatch {
  title?: string
  subtitle?: string | null
  author?: string | null
  date?: string | null
  classification?: string | null
  introduction?: string | null
  language?: BriefingLanguage | null
}

export interface CoverFormProps {
  briefing: Briefing
  onSave(patch: CoverPatch): void
}

/** The cover and the introduction, saved as the analyst types; the export language follows the text unless chosen. */
export function CoverForm({ briefing, onSave }: CoverFormProps) {
  const { t } = useI18n()
  return (
    <form className="briefing-form" onSubmit={(event) => event.preventDefault()} aria-label={t.briefingCover}>
      <h3 className="briefing-form__heading">{t.briefingCover}</h3>
      <CoverText field="title" label={t.briefingTitleLabel} briefing={briefing} onSave={onSave} required />
      <CoverText field="subtitle" label={t.briefingSubtitleLabel} briefing={briefing} onSave={onSave} />
      <div className="briefing-form__row">
        <CoverText field="author" label={t.briefingAuthorLabel} briefing={briefing} onSave={onSave} />
        <label className="briefing-field">
          <span>{t.briefingDateLabel}</span>
          <input type="date" value={briefing.date ?? ''} onChange={(event) => onSave({ date: event.target.value || null })} />
        </label>
      </div>
      <CoverText
        field="classification"
        label={t.briefingClassificationLabel}
        hint={t.briefingClassificationHint}
        briefing={briefing}
        onSave={onSave}
      />
      <CoverText field="introduction" label={t.briefingIntroductionLabel} briefing={briefing} onSave={onSave} multiline />
      <label className="briefing-field">
        <span>{t.briefingLanguageLabel}</span>
        <select
          value={briefing.language ?? 'auto'}
          onChange={(event) => onSave({ language: event.target.value === 'auto' ? null : (event.target.value as BriefingLanguage) })}
        >
          <option value="auto">{t.briefingLanguageAuto(briefing.effectiveLanguage)}</option>
          <option value="ar">{t.briefingLanguageName('ar')}</option>
          <option value="en">{t.briefingLanguageName('en')}</option>
        </select>
      </label>
    </form>
  )
}

interface CoverTextProps {
  field: CoverField
  label: string
  hint?: string
  briefing: Briefing
  onSave(patch: CoverPatch): void
  multiline?: boolean
  required?: boolean
}

function CoverText({ field, label, hint, briefing, onSave, multiline = false, required = false }: CoverTextProps) {
  const text = useAutosave(briefing[field] ?? '', (value) => {
    // A briefing keeps its title: an emptied title field is not saved.
    if (required && value.trim() === '') return
    onSave({ [field]: required ? value : value.trim() === '' ? null : value })
  })
  const hintId = hint ? `briefing-${field}-hint` : undefined
  const props = {
    dir: 'auto' as const,
    value: text.value,
    required,
    'aria-describedby': hintId,
    onChange: (event: { target: { value: string } }) => text.onChange(event.target.value),
    onBlur: text.flush
  }
  return (
    <label className="briefing-field">
      <span>{label}</span>
      {multiline ? <textarea rows={6} {...props} /> : <input {...props} />}
      {hint && (
        <small id={hintId} className="briefing-field__hint">
          {hint}
        </small>
      )}
    </label>
  )
}
