import type { Logger } from 'pino';
import type { Translator } from '@ilenia/speech-engines';
import type { Caption } from './caption-publisher.js';
import type { Utterance } from './speaker-recognition.js';

/**
 * Translated partials: while the speaker talks, each target language shows the words so far. One
 * translation per language at a time; a newer hypothesis waiting replaces an older one. A partial is
 * never published once its utterance has a final (it would cover the final on screen), and a failed
 * one is simply skipped: the final is what counts.
 */
export class PartialTranslations {
  private readonly lanes = new Map<string, { busy: boolean; next: { utterance: Utterance; text: string } | undefined }>();
  private readonly finished = new Set<string>();
  /** The languages that showed a partial, per utterance still open. */
  private readonly shown = new Map<string, Set<string>>();

  constructor(
    private readonly options: {
      translator: Translator;
      sourceLanguage: string;
      targetLanguages: readonly string[];
      publish: (caption: Caption) => void;
      logger: Logger;
    },
  ) {}

  partial(utterance: Utterance, text: string): void {
    for (const language of this.options.targetLanguages) this.translate(language, utterance, text);
  }

  /** The utterance has its final (or was withdrawn): no more partials for it. Returns the languages that showed one. */
  finish(segmentId: string): string[] {
    const shown = [...(this.shown.get(segmentId) ?? [])];
    this.shown.delete(segmentId);
    this.finished.add(segmentId);
    // Only the latest utterances can still have translations in flight.
    if (this.finished.size > 64) this.finished.delete(this.finished.values().next().value!);
    return shown;
  }

  private translate(language: string, utterance: Utterance, text: string): void {
    const lane = this.lanes.get(language) ?? { busy: false, next: undefined };
    this.lanes.set(language, lane);
    if (lane.busy) {
      lane.next = { utterance, text };
      return;
    }
    lane.busy = true;
    this.options.translator
      .translate(text, this.options.sourceLanguage, language)
      .then((translated) => {
        if (this.finished.has(utterance.segmentId) || translated.trim() === '') return;
        const shown = this.shown.get(utterance.segmentId) ?? new Set<string>();
        this.shown.set(utterance.segmentId, shown.add(language));
        this.options.publish({
          segmentId: `${utterance.segmentId}-${language}`,
          language,
          isSource: false,
          trackId: utterance.trackId,
          text: translated.trim(),
          final: false,
        });
      })
      .catch((error: unknown) => this.options.logger.debug({ err: error, language }, 'translating a partial failed'))
      .finally(() => {
        lane.busy = false;
        const next = lane.next;
        lane.next = undefined;
        if (next && !this.finished.has(next.utterance.segmentId)) this.translate(language, next.utterance, next.text);
      });
  }
}
