/**
 * The listener's audio control. Browsers play sound only after a gesture, so the audio starts with a
 * tap; until the language's track is published (speaker or its voice not there yet) it says so.
 */
import { useT } from '../../i18n/i18n.js';

export interface ListenAudioProps {
  languageLabel: string;
  connected: boolean;
  listening: boolean;
  trackPresent: boolean;
  canPlayAudio: boolean;
  onListen: () => void;
  onStop: () => void;
}

export function ListenAudio({ languageLabel, connected, listening, trackPresent, canPlayAudio, onListen, onStop }: ListenAudioProps) {
  const t = useT();
  const playing = listening && canPlayAudio;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="listen-audio">
      {playing ? (
        <button type="button" onClick={onStop} className="rounded border border-current/40 px-3 py-1.5">
          {t('livekit.stopAudio')}
        </button>
      ) : (
        <button
          type="button"
          onClick={onListen}
          disabled={!connected}
          className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white disabled:opacity-50"
        >
          <span aria-hidden="true">▶ </span>
          {t('livekit.tapToListen', { language: languageLabel })}
        </button>
      )}
      {playing && trackPresent && <span role="status">{t('livekit.playing', { language: languageLabel })}</span>}
      {listening && !trackPresent && <span role="status">{t('livekit.audioWaiting', { language: languageLabel })}</span>}
    </div>
  );
}
