import { checkChannelLanguages, type Engines } from '@ilenia/speech-engines';

/** A language the configured engines cannot serve, in the shape of the spec's `UnsupportedLanguage`. */
export interface UnsupportedLanguage {
  language: string;
  reason: 'stt_unsupported' | 'mt_unsupported' | 'not_offered';
  source_language: string | null;
}

/** The engines a channel's languages are checked against. */
export type ChannelEngines = Pick<Engines, 'recognizer' | 'translator' | 'synthesizer'>;

/**
 * Every language of a channel the engines cannot serve (the engines' own check, in the REST API's
 * terms): the source language when the recogniser does not transcribe it, each target language the
 * translator has no pair for. Checked when a ticket is asked for, so that a talk never discovers it halfway.
 */
export function unsupportedChannelLanguages(engines: ChannelEngines, source: string, targets: readonly string[]): UnsupportedLanguage[] {
  return checkChannelLanguages(engines, source, targets)
    .filter((unserved) => unserved.need !== 'synthesis')
    .map((unserved) =>
      unserved.need === 'recognition'
        ? { language: unserved.language, reason: 'stt_unsupported', source_language: null }
        : { language: unserved.language, reason: 'mt_unsupported', source_language: source },
    );
}
