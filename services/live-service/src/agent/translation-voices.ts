import type { Logger } from 'pino';
import type { SpeechSynthesizer } from '@ilenia/speech-engines';
import type { AgentRoom } from './agent-room.js';
import { SpeechPlayer } from './speech-player.js';

/** The sample rate of the translation tracks: what the synthesisers give (no resampling on the way). */
const voiceSampleRate = 16_000;

/**
 * The translated voices of a channel: one `translation-{lang}` track per target, each fed by its own
 * queue (synthesis one utterance at a time, then paced playback), so a slow voice in one language
 * never holds back another, and a failed synthesis costs that utterance's voice and nothing else.
 */
export class TranslationVoices {
  private readonly players = new Map<string, SpeechPlayer>();
  private readonly synthesis = new Map<string, Promise<void>>();

  constructor(
    private readonly languages: readonly string[],
    private readonly synthesizer: SpeechSynthesizer,
    private readonly logger: Logger,
    private readonly onSynthesis: (language: string, outcome: { error?: unknown }) => void,
  ) {}

  /** Publishes every language's track in `room`; after a rejoin, playing goes on in the new room. */
  async publishIn(room: AgentRoom): Promise<void> {
    for (const language of this.languages) {
      const output = await room.publishAudioTrack(`translation-${language}`, voiceSampleRate);
      const player = this.players.get(language);
      if (player) player.replaceOutput(output);
      else this.players.set(language, new SpeechPlayer(output));
    }
  }

  /** Queues `text` to be voiced on its language's track after what is already queued there. */
  speak(language: string, text: string): void {
    const player = this.players.get(language);
    if (!player) return;
    const previous = this.synthesis.get(language) ?? Promise.resolve();
    const next = previous.then(async () => {
      let pcm: Buffer;
      try {
        pcm = await this.synthesizer.synthesize(text, language);
      } catch (error) {
        this.logger.warn({ err: error, language }, 'synthesising a translation failed; its captions are published without voice');
        this.onSynthesis(language, { error });
        return;
      }
      this.onSynthesis(language, {});
      void player.play(pcm).catch((error: unknown) => this.logger.warn({ err: error, language }, 'playing a translation failed'));
    });
    this.synthesis.set(language, next);
  }

  /** Resolves once everything spoken so far is synthesised and played. */
  async drain(): Promise<void> {
    await Promise.all(this.synthesis.values());
    await Promise.all([...this.players.values()].map((player) => player.drain()));
  }

  async close(): Promise<void> {
    await Promise.all([...this.players.values()].map((player) => player.close().catch(() => undefined)));
  }
}
