/**
 * The BCP 47 tags offered for a channel's languages, named in the interface language. Browsers have
 * no list of languages (`Intl.supportedValuesOf` has no `language`), so this is a list of the
 * languages and common regional or script variants people caption in; a valid tag typed in the
 * search box is offered too. Every tag matches the events spec's `LanguageTag` pattern.
 */
import { languageName, type UiLanguage } from '../i18n/i18n.js';

const base = [
  'af',
  'am',
  'ar',
  'as',
  'az',
  'be',
  'bg',
  'bn',
  'bo',
  'br',
  'bs',
  'ca',
  'cs',
  'cy',
  'da',
  'de',
  'el',
  'en',
  'eo',
  'es',
  'et',
  'eu',
  'fa',
  'fi',
  'fil',
  'fo',
  'fr',
  'fy',
  'ga',
  'gd',
  'gl',
  'gu',
  'ha',
  'haw',
  'he',
  'hi',
  'hr',
  'ht',
  'hu',
  'hy',
  'id',
  'ig',
  'is',
  'it',
  'ja',
  'jv',
  'ka',
  'kk',
  'km',
  'kn',
  'ko',
  'ku',
  'ky',
  'la',
  'lb',
  'ln',
  'lo',
  'lt',
  'lv',
  'mg',
  'mi',
  'mk',
  'ml',
  'mn',
  'mr',
  'ms',
  'mt',
  'my',
  'nb',
  'ne',
  'nl',
  'nn',
  'oc',
  'or',
  'pa',
  'pl',
  'ps',
  'pt',
  'qu',
  'ro',
  'ru',
  'rw',
  'sa',
  'sd',
  'si',
  'sk',
  'sl',
  'sm',
  'sn',
  'so',
  'sq',
  'sr',
  'su',
  'sv',
  'sw',
  'ta',
  'te',
  'tg',
  'th',
  'tk',
  'tl',
  'tr',
  'tt',
  'ug',
  'uk',
  'ur',
  'uz',
  'vi',
  'wo',
  'xh',
  'yi',
  'yo',
  'yue',
  'zh',
  'zu',
];
const variants = [
  'en-GB',
  'en-US',
  'es-ES',
  'es-MX',
  'es-419',
  'fr-CA',
  'fr-FR',
  'pt-BR',
  'pt-PT',
  'de-AT',
  'de-CH',
  'zh-Hans',
  'zh-Hant',
  'zh-CN',
  'zh-TW',
  'sr-Latn',
  'sr-Cyrl',
  'ca-ES',
];

const languageTags: readonly string[] = [...base, ...variants];

/** The events spec's `LanguageTag` pattern. */
const languageTagPattern = /^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$/;

/** A tag typed by hand, in canonical case (`PT-br` → `pt-BR`), or undefined when it is not one. */
export function canonicalTag(text: string): string | undefined {
  const trimmed = text.trim();
  if (!languageTagPattern.test(trimmed)) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(trimmed);
    return canonical && languageTagPattern.test(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}

export interface LanguageOption {
  tag: string;
  name: string;
}

/** The options matching `query` (by name in the interface language, by English name, or by tag). */
export function matchLanguages(query: string, uiLanguage: UiLanguage, exclude: readonly string[] = []): LanguageOption[] {
  const needle = fold(query.trim());
  const excluded = new Set(exclude.map((tag) => tag.toLowerCase()));
  const options = languageTags
    .filter((tag) => !excluded.has(tag.toLowerCase()))
    .map((tag) => ({ tag, name: languageName(tag, uiLanguage), english: languageName(tag, 'en') }))
    .filter(
      (option) =>
        !needle ||
        fold(option.name).includes(needle) ||
        fold(option.english).includes(needle) ||
        option.tag.toLowerCase().startsWith(needle),
    )
    .sort((a, b) => rank(a, needle) - rank(b, needle) || a.name.localeCompare(b.name, uiLanguage))
    .map(({ tag, name }) => ({ tag, name }));
  const typed = canonicalTag(query);
  if (typed && !excluded.has(typed.toLowerCase()) && !options.some((option) => option.tag.toLowerCase() === typed.toLowerCase())) {
    options.unshift({ tag: typed, name: languageName(typed, uiLanguage) });
  }
  return options;
}

function rank(option: { tag: string; name: string }, needle: string): number {
  if (!needle) return 0;
  if (option.tag.toLowerCase() === needle) return 0;
  return fold(option.name).startsWith(needle) ? 1 : 2;
}

/** Lower case without accents, so "espanol" finds "español". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
