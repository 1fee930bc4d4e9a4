import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag, checkChannelLanguages } from './languages.js';

describe('BCP 47 language tags', () => {
  it('canonicalises tags of known languages and refuses malformed tags and unknown languages', () => {
    expect(canonicalLanguageTag('EN')).toBe('en');
    expect(canonicalLanguageTag('pt-br')).toBe('pt-BR');
    expect(canonicalLanguageTag('zh-hant')).toBe('zh-Hant');
    expect(canonicalLanguageTag('es-419')).toBe('es-419');
    for (const malformed of ['', 'english', 'xx', 'qaa-ES', 'e', 'en_US', 'en--US', '123'])
      expect(canonicalLanguageTag(malformed)).toBeUndefined();
  });

  it('refuses a channel whose targets repeat a language or contain the source, compared canonically', () => {
    expect(checkChannelLanguages('en', ['es', 'fr']).issues).toEqual([]);
    expect(checkChannelLanguages('en', ['es', 'ES']).issues).toEqual([
      { location: 'body', path: '/target_languages', message: 'must not repeat a language (es)' },
    ]);
    expect(checkChannelLanguages('EN', ['es', 'en'], '/channels/2').issues).toEqual([
      { location: 'body', path: '/channels/2/target_languages', message: 'must not contain the source language (en)' },
    ]);
    expect(checkChannelLanguages('xx_YY', ['fr']).issues.map((issue) => issue.path)).toEqual(['/source_language']);
    expect(checkChannelLanguages('en', ['es', 'fr'])).toMatchObject({ sourceLanguage: 'en', targetLanguages: ['es', 'fr'] });
  });
});
