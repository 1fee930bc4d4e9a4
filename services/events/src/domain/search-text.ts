/**
 * Text folded for case- and accent-insensitive search (`Évènement` → `evenement`). Stored beside the
 * searchable column and applied to the query, so the search needs no database extension (`unaccent`
 * is not in PGlite's default build) and works the same on PGlite and PostgreSQL.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A LIKE pattern that matches `text` anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${foldForSearch(text).replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
