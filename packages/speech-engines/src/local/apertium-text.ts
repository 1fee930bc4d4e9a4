/**
 * Text in and out of Apertium's stream format. Its reserved characters (`^ $ @ [ ] { } \ / < >`)
 * delimit lexical units and format blocks: unescaped, `[x]` vanishes as a format block and `^x$`
 * breaks the stream ("Malformed input stream"), so every one is backslash-escaped on the way in
 * and unescaped on the way out. `~` is Apertium's word joiner and is dropped even when escaped.
 */
const reserved = /[\\^$@[\]{}/<>]/g;

/** Escapes one utterance for the stream: reserved characters, and whitespace collapsed to spaces (one line per request). */
export function escapeApertium(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(reserved, (character) => `\\${character}`);
}

/** Undoes `escapeApertium` on what the pipeline returns, collapsing the blanks it leaves. */
export function unescapeApertium(text: string): string {
  return text.replace(/\\(.)/gs, '$1').replace(/\s+/g, ' ').trim();
}
