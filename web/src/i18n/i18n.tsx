/**
 * The interface language: the first segment of every route (`/en/...`, `/es/...`). `useT()` gives the
 * translate function of the current route's language.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type MessageKey } from './en.js';
import { es } from './es.js';

export const uiLanguages = ['en', 'es'] as const;
export type UiLanguage = (typeof uiLanguages)[number];
export type { MessageKey };

const catalogues: Record<UiLanguage, Record<MessageKey, string>> = { en, es };

export function isUiLanguage(value: string | undefined): value is UiLanguage {
  return (uiLanguages as readonly string[]).includes(value ?? '');
}

/** The browser's preferred interface language among the ones the app has, English otherwise. */
export function preferredUiLanguage(
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): UiLanguage {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The translate function of one language: looks the key up and fills `{name}` placeholders. With a
 * numeric `count`, the key's plural form (`key.one`, `key.few`…, Intl.PluralRules) is used when the
 * catalogue has it: "1 listener", not "1 listeners".
 */
export function translator(language: UiLanguage): Translate {
  const catalogue = catalogues[language];
  const forms: Partial<Record<string, string>> = catalogue;
  const plurals = new Intl.PluralRules(language);
  return (key, values) => {
    const count = values?.count;
    const text = (typeof count === 'number' ? forms[`${key}.${plurals.select(count)}`] : undefined) ?? catalogue[key];
    return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : text;
  };
}

interface I18nValue {
  language: UiLanguage;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({ language: 'en', t: translator('en') });

export function I18nProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translator(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

/** A language tag's name in the interface language (`es` → "Spanish" / "español"). */
export function languageName(tag: string, uiLanguage: UiLanguage): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
