/** The figures of the manager's latency table: per language columns, and the median of each. */
import type { FinalLatency } from '../../api/sdk.js';

/** The median of the numbers given (the mean of the middle two for an even count); null for none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const numbers = values.filter((value): value is number => typeof value === 'number').sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const middle = Math.floor(numbers.length / 2);
  return numbers.length % 2 === 1 ? numbers[middle]! : Math.round((numbers[middle - 1]! + numbers[middle]!) / 2);
}

/** The languages the table has a column for: the channel's, in its order, then any other a final has. */
export function latencyLanguages(channelLanguages: readonly string[], finals: readonly FinalLatency[]): string[] {
  const languages = [...channelLanguages];
  for (const final of finals) for (const entry of final.languages) if (!languages.includes(entry.language)) languages.push(entry.language);
  return languages;
}

/** The medians of a set of finals: recognition, and translation and delivery per language. */
export function latencyMedians(finals: readonly FinalLatency[], languages: readonly string[]) {
  const of = (language: string) => finals.map((final) => final.languages.find((entry) => entry.language === language));
  return {
    recognition: median(finals.map((final) => final.recognition_ms)),
    languages: Object.fromEntries(
      languages.map((language) => [
        language,
        {
          translation: median(of(language).map((entry) => entry?.translation_ms)),
          delivery: median(of(language).map((entry) => entry?.delivery_ms)),
        },
      ]),
    ) as Record<string, { translation: number | null; delivery: number | null }>,
  };
}
