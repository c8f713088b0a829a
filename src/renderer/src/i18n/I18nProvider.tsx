import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { api } from '../lib/api'
import { formattersFor } from './formatters'
import { messagesFor, type Formatters, type Language, type Messages } from './messages'

const STORAGE_KEY = 'marsad.language'

export interface I18n {
  language: Language
  dir: 'rtl' | 'ltr'
  t: Messages
  format: Formatters
  setLanguage(language: Language): void
}

const I18nContext = createContext<I18n | null>(null)

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY)
  if (stored === 'ar' || stored === 'en') return stored
  return navigator.language.startsWith('en') ? 'en' : 'ar'
}

/** Interface language: text, number formats, and the document's direction (the whole layout mirrors in Arabic). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage)

  useEffect(() => {
    document.documentElement.lang = language
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr'
    // The app's menus follow the window's language; a window without main around it has none to tell.
    api.setInterfaceLanguage({ language }).catch(() => undefined)
  }, [language])

  const value = useMemo<I18n>(() => {
    const format = formattersFor(language)
    return {
      language,
      dir: language === 'ar' ? 'rtl' : 'ltr',
      t: messagesFor(language, format),
      format,
      setLanguage: (next) => {
        localStorage.setItem(STORAGE_KEY, next)
        setLanguageState(next)
      }
    }
  }, [language])

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const context = useContext(I18nContext)
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>')
  return context
}
