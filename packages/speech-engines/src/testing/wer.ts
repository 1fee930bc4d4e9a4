/**
 * Word error rate: (substitutions + deletions + insertions) / words of the reference, after
 * normalising both texts (lower case, punctuation dropped, apostrophes kept inside words, digits
 * left as they are). 0 is perfect; it can exceed 1 when the hypothesis adds many words.
 */
export function wordErrorRate(reference: string, hypothesis: string): number {
  const expected = normalisedWords(reference);
  const actual = normalisedWords(hypothesis);
  if (expected.length === 0) return actual.length === 0 ? 0 : 1;
  return editDistance(expected, actual) / expected.length;
}

/** The words a WER compares: lower case, without punctuation. */
export function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Levenshtein distance over words, with one row of memory. */
function editDistance(expected: readonly string[], actual: readonly string[]): number {
  let previous = Array.from({ length: actual.length + 1 }, (_, index) => index);
  for (let i = 1; i <= expected.length; i++) {
    const current = [i];
    for (let j = 1; j <= actual.length; j++) {
      const substitution = previous[j - 1]! + (expected[i - 1] === actual[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[actual.length]!;
}
