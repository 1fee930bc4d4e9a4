/**
 * The offline parts of the rtc-node room (no LiveKit server can run here): a translation track built
 * as the agent builds it (AudioSource + LocalAudioTrack), played by the agent's SpeechPlayer and heard
 * back through a loopback AudioStream over the local track, as a listener's subscription would.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  AudioStream,
  DisconnectReason,
  dispose,
  ParticipantKind,
  TrackKind,
  TrackSource,
  type AudioFrame,
  type RemoteParticipant,
  type RemoteTrack,
  type RemoteTrackPublication,
} from '@livekit/rtc-node';
import { audioOutput, closedReason, createLocalAudioTrack, framesOf, isListener, isSpeakerTrack } from '../../src/agent/livekit-room.js';
import { SpeechPlayer } from '../../src/agent/speech-player.js';

/** A tone of constant amplitude (the amplitude tells the utterances apart on the way back). */
function tone(milliseconds: number, amplitude: number): Buffer {
  const samples = milliseconds * 16;
  const pcm = Buffer.alloc(samples * 2);
  for (let index = 0; index < samples; index++) pcm.writeInt16LE(index % 16 < 8 ? amplitude : -amplitude, index * 2);
  return pcm;
}

function peak(frame: AudioFrame): number {
  let loudest = 0;
  for (const sample of frame.data) loudest = Math.max(loudest, Math.abs(sample));
  return loudest;
}

afterAll(async () => {
  await dispose();
});

describe('the rtc-node translation track', () => {
  it('plays queued utterances one after the other, in real time, none dropped', async () => {
    const { source, track } = createLocalAudioTrack('translation-es', 16_000);
    const output = audioOutput('translation-es', source, track, () => Promise.resolve());
    const player = new SpeechPlayer(output);
    const loopback = new AudioStream(track, { sampleRate: 16_000, numChannels: 1, frameSizeMs: 20 });
    const heard: { peak: number; at: number }[] = [];
    let listening = true;
    const listener = (async () => {
      for await (const frame of framesOf(loopback)) {
        heard.push({ peak: peak(frame), at: performance.now() });
        if (!listening) break;
      }
    })();

    const started = performance.now();
    const first = player.play(tone(1_000, 4_000));
    const second = player.play(tone(500, 12_000));
    await first;
    const firstPlayedMs = performance.now() - started;
    await second;
    const bothPlayedMs = performance.now() - started;
    await player.drain();
    // The native source may still hold its queue: listen until the second utterance has come back
    // (a loaded machine delivers late, not less; the bound only guards against a hang), then a little longer.
    for (const giveUpAt = Date.now() + 30_000; heard.filter((frame) => frame.peak >= 8_000).length < 23 && Date.now() < giveUpAt;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    listening = false;
    await listener;
    await player.close();
    await loopback.cancel().catch(() => undefined);

    // The player keeps the clock: an utterance takes its length, the next one starts after it.
    expect(firstPlayedMs).toBeGreaterThanOrEqual(980);
    expect(bothPlayedMs).toBeGreaterThanOrEqual(1_480);
    // On the way back (peaks after Opus-free loopback are the amplitudes, give or take resampling).
    const quiet = heard.filter((frame) => frame.peak > 2_000 && frame.peak < 8_000);
    const loud = heard.filter((frame) => frame.peak >= 8_000);
    expect(quiet.length).toBeGreaterThanOrEqual(48);
    expect(quiet.length).toBeLessThanOrEqual(52);
    expect(loud.length).toBeGreaterThanOrEqual(23);
    expect(loud.length).toBeLessThanOrEqual(27);
    // No overlap: every frame of the first utterance came back before any of the second.
    expect(Math.max(...quiet.map((frame) => frame.at))).toBeLessThanOrEqual(Math.min(...loud.map((frame) => frame.at)));
    // Real time, not a burst: the first utterance's frames came back spread over about its length.
    expect(quiet.at(-1)!.at - quiet[0]!.at).toBeGreaterThanOrEqual(800);
  });
});

describe('what the rtc-node room tells the agent', () => {
  /** The parts of a subscription the room looks at (rtc-node builds the real ones from a server's answer). */
  const subscription = (kind: TrackKind, source: TrackSource, participantKind: ParticipantKind) =>
    [{ kind } as RemoteTrack, { source } as RemoteTrackPublication, { kind: participantKind } as RemoteParticipant] as const;

  it("transcribes people's microphones only: not other agents' voices, not screen-share audio", () => {
    expect(isSpeakerTrack(...subscription(TrackKind.KIND_AUDIO, TrackSource.SOURCE_MICROPHONE, ParticipantKind.STANDARD))).toBe(true);
    expect(isSpeakerTrack(...subscription(TrackKind.KIND_AUDIO, TrackSource.SOURCE_MICROPHONE, ParticipantKind.AGENT))).toBe(false);
    expect(isSpeakerTrack(...subscription(TrackKind.KIND_AUDIO, TrackSource.SOURCE_SCREENSHARE_AUDIO, ParticipantKind.STANDARD))).toBe(
      false,
    );
    expect(isSpeakerTrack(...subscription(TrackKind.KIND_VIDEO, TrackSource.SOURCE_CAMERA, ParticipantKind.STANDARD))).toBe(false);
  });

  it("counts the provider's listeners and anyone it did not name, not speakers or agents", () => {
    expect(isListener({ identity: 'listener-7c1d3b1e-0f5a-4a8e-9d2c-1b3e5f7a9c0d', kind: ParticipantKind.STANDARD })).toBe(true);
    expect(isListener({ identity: 'someone', kind: ParticipantKind.STANDARD })).toBe(true);
    expect(isListener({ identity: 'speaker-7c1d3b1e-0f5a-4a8e-9d2c-1b3e5f7a9c0d', kind: ParticipantKind.STANDARD })).toBe(false);
    expect(isListener({ identity: 'agent-translator', kind: ParticipantKind.STANDARD })).toBe(false);
    expect(isListener({ identity: 'listener-x', kind: ParticipantKind.AGENT })).toBe(false);
  });

  it('tells a deleted room and a removed agent (the session ends) from a lost connection (the agent rejoins)', () => {
    expect(closedReason(DisconnectReason.ROOM_DELETED)).toBe('room_deleted');
    expect(closedReason(DisconnectReason.PARTICIPANT_REMOVED)).toBe('removed');
    expect(closedReason(DisconnectReason.SIGNAL_CLOSE)).toBe('disconnected');
    expect(closedReason(DisconnectReason.UNKNOWN_REASON)).toBe('disconnected');
    // Another connection with the agent's identity (another instance took over): not rejoined, or they would take turns.
    expect(closedReason(DisconnectReason.DUPLICATE_IDENTITY)).toBe('replaced');
  });
});
