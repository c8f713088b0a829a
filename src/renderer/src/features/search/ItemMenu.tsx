import { useState, type ReactNode } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import { Popover } from './Popover'

/**
 * The state of an item's ⋯ menu (a saved search, a tag): closed, the list of its actions, or one action's panel.
 * `run` carries out an action: the menu closes when it succeeds, and when the core refuses, the item's list says
 * why in the interface language ("Nothing was changed: …").
 */
export function useItemMenu<Panel extends string>(onProblem: (message: string | null) => void) {
  const { t } = useI18n()
  const [mode, setMode] = useState<'closed' | 'menu' | Panel>('closed')
  const close = () => setMode('closed')
  const run = async (action: () => Promise<unknown>) => {
    onProblem(null)
    try {
      await action()
      close()
    } catch (error) {
      onProblem(t.nothingChanged((error as Error).message))
    }
  }
  /** What the ⋯ button and its panel need: spread onto <ItemMenu>. */
  const menu = { open: mode !== 'closed', onToggle: () => setMode(mode === 'closed' ? 'menu' : 'closed'), onClose: close }
  return { mode, setMode, close, run, menu }
}

interface ItemMenuProps {
  /** Names the ⋯ button and its panel: what the menu does to which item. */
  label: string
  className: string
  open: boolean
  onToggle(): void
  onClose(): void
  children: ReactNode
}

/** ⋯ beside an item, and the panel it opens under itself. */
export function ItemMenu({ label, className, open, onToggle, onClose, children }: ItemMenuProps) {
  return (
    <div className={`search-popover-anchor ${className}`}>
      <button type="button" className="search-icon-button" aria-label={label} aria-expanded={open} onClick={onToggle}>
        ⋯
      </button>
      {open && (
        <Popover label={label} onClose={onClose}>
          {children}
        </Popover>
      )}
    </div>
  )
}

interface RenameFormProps {
  label: string
  defaultValue: string
  maxLength: number
  hint?: string
  onRename(name: string): void
  onCancel(): void
}

/** A menu's rename panel: the name as it is, ready to edit; Enter saves, Esc or Cancel leaves it. */
export function RenameForm({ label, defaultValue, maxLength, hint, onRename, onCancel }: RenameFormProps) {
  const { t } = useI18n()
  return (
    <form
      className="save-search"
      onSubmit={(event) => {
        event.preventDefault()
        onRename(String(new FormData(event.currentTarget).get('name') ?? ''))
      }}
    >
      <label>
        {label}
        <input autoFocus name="name" dir="auto" required maxLength={maxLength} defaultValue={defaultValue} />
      </label>
      {hint && <p className="item-menu__hint">{hint}</p>}
      <FormButtons submit={t.save} onCancel={onCancel} />
    </form>
  )
}

/** Save and Cancel at the foot of a menu's form. */
export function FormButtons({ submit, onCancel, disabled }: { submit: string; onCancel(): void; disabled?: boolean }) {
  const { t } = useI18n()
  return (
    <div className="save-search__buttons">
      <button type="submit" className="toolbar__button--primary" disabled={disabled}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  )
}

/** A destructive action asks once: what it will do, the action's own button (focused), and Cancel. */
export function ConfirmAction({
  message,
  action,
  onConfirm,
  onCancel
}: {
  message: string
  action: string
  onConfirm(): void
  onCancel(): void
}) {
  const { t } = useI18n()
  return (
    <div className="search-confirm">
      <p>{message}</p>
      <div className="save-search__buttons">
        <button type="button" autoFocus className="search-button--danger" onClick={onConfirm}>
          {action}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  )
}
