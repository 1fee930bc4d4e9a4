/**
 * Language tags as the engines see them: BCP 47 primary subtags (`en`, `es`), whatever region or
 * script the event's channel carries (`en-US` is served by an `en` engine).
 */

/** The primary subtag of a BCP 47 tag, lower-cased: `pt-BR` → `pt`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

/** English names, for prompts and messages. */
const languageNames: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Spanish',
  ca: 'Catalan',
  fr: 'French',
  pt: 'Portuguese',
  gl: 'Galician',
  it: 'Italian',
  ro: 'Romanian',
  de: 'German',
  eu: 'Basque',
  oc: 'Occitan',
};

/** The English name of a language (`es` → `Spanish`), or the tag itself when unknown. */
export function languageName(tag: string): string {
  return languageNames[primaryLanguage(tag)] ?? tag;
}
