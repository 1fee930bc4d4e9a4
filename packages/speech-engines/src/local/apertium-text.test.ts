import { describe, expect, it } from 'vitest';
import { escapeApertium, unescapeApertium } from './apertium-text.js';

describe('Apertium stream escaping', () => {
  it('escapes every reserved character and round-trips text', () => {
    const text = 'a [b] ^c$ \\ d/e @f <g> {h}';
    expect(escapeApertium(text)).toBe('a \\[b\\] \\^c\\$ \\\\ d\\/e \\@f \\<g\\> \\{h\\}');
    expect(unescapeApertium(escapeApertium(text))).toBe(text);
  });

  it('keeps one utterance on one line and tidies the blanks Apertium leaves', () => {
    expect(escapeApertium('  two\nlines\t here ')).toBe('two lines here');
    expect(unescapeApertium(' Un  b\\/c ')).toBe('Un b/c');
  });
});
