import type { ValidationIssue } from '@ilenia/kit';

/** ICU's language names: a primary language subtag it has no name for is no language we can serve. */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * The canonical form of a BCP 47 language tag (`EN-us` → `en-US`), or undefined when it is not a
 * well-formed tag or its language is unknown (`xx`, `english`). The spec's pattern is coarse; ICU's
 * parser and language names are the real check, and work offline.
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical === undefined || languageNames.of(new Intl.Locale(canonical).language) === undefined) return undefined;
    return canonical;
  } catch {
    return undefined;
  }
}

/** A channel's languages, canonicalised, or the issues that make them unacceptable. */
export interface CheckedLanguages {
  sourceLanguage: string;
  targetLanguages: string[];
  issues: ValidationIssue[];
}

/**
 * Checks one channel's languages: every tag well-formed, targets distinct (compared on their
 * canonical form, so `es` and `ES` are the same) and never the source. `pointer` is where the channel
 * sits in the body (`''` for a channel body, `/channels/0` inside an event or template).
 */
export function checkChannelLanguages(sourceLanguage: string, targetLanguages: readonly string[], pointer = ''): CheckedLanguages {
  const issues: ValidationIssue[] = [];
  const source = canonicalLanguageTag(sourceLanguage);
  if (source === undefined)
    issues.push({
      location: 'body',
      path: `${pointer}/source_language`,
      message: `is not a BCP 47 tag of a known language (${sourceLanguage})`,
    });
  const targets: string[] = [];
  targetLanguages.forEach((tag, index) => {
    const target = canonicalLanguageTag(tag);
    if (target === undefined) {
      issues.push({
        location: 'body',
        path: `${pointer}/target_languages/${index}`,
        message: `is not a BCP 47 tag of a known language (${tag})`,
      });
    } else if (targets.includes(target)) {
      issues.push({ location: 'body', path: `${pointer}/target_languages`, message: `must not repeat a language (${target})` });
    } else {
      targets.push(target);
    }
  });
  if (source !== undefined && targets.includes(source)) {
    issues.push({ location: 'body', path: `${pointer}/target_languages`, message: `must not contain the source language (${source})` });
  }
  return { sourceLanguage: source ?? sourceLanguage, targetLanguages: targets, issues };
}
