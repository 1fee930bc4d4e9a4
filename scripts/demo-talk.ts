/**
 * `make demo-talk`: a short talk through the running platform (`make dev`), as the web app would do
 * it, with the generated SDKs and WebSocket models: the demo speaker streams English speech (made
 * with flite) in real time into the demo event, the demo listener follows it in Spanish, and the
 * Spanish transcript is downloaded at the end. Say something else with `make demo-talk TEXT="..."`.
 */
import WebSocket from 'ws';
import { createAuthClient } from '@ilenia/api-client/auth';
import { createLiveEventClient } from '@ilenia/api-client/live-event';
import {
  parseListenerServerMessage,
  parseSpeakerServerMessage,
  serializeListenerClientMessage,
  serializeSpeakerClientMessage,
} from '@ilenia/generated/asyncapi/live-event/validators';
import { unwrap } from '@ilenia/api-client';
import { demoEvent, demoPassword, demoUserIds, demoUsers } from '@ilenia/kit';
import { englishSpeech, silence } from '@ilenia/speech-engines/testing';

// The stack `make dev` runs, moved as it is by ILENIA_PORT_OFFSET.
const portOffset = Number(process.env.ILENIA_PORT_OFFSET ?? 0);
const authUrl = process.env.AUTH_URL ?? `http://localhost:${8081 + portOffset}`;
const liveEventUrl = process.env.LIVE_EVENT_URL ?? `http://localhost:${8082 + portOffset}`;
// The demo event and users that auth and events seed in development.
const eventId = demoEvent.id;
const channelId = demoEvent.channel.id;
const text = process.env.TEXT || 'Good morning everybody. Welcome to the open science summit. Thank you for coming.';

/** Signs a demo user in with the demo password. */
async function signIn(userId: string): Promise<string> {
  const email = demoUsers.find((user) => user.id === userId)!.email;
  const session = await unwrap(createAuthClient({ baseUrl: authUrl }).loginUser({ body: { email, password: demoPassword } }));
  return session.access_token;
}

function opened(socket: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
}

const speakerToken = await signIn(demoUserIds.speaker1);
const listenerToken = await signIn(demoUserIds.listener1);
const asListener = createLiveEventClient({ baseUrl: liveEventUrl, accessToken: () => listenerToken });
const asSpeaker = createLiveEventClient({ baseUrl: liveEventUrl, accessToken: () => speakerToken });

const listenerTicket = await unwrap(asListener.createListenerTicket({ body: { event_id: eventId } }));
const listener = new WebSocket(`${listenerTicket.websocket_url}?ticket=${encodeURIComponent(listenerTicket.ticket)}`);
listener.on('message', (data) => {
  // ws hands every message over as one Buffer (its default binaryType, 'nodebuffer').
  const parsed = parseListenerServerMessage((data as Buffer).toString('utf8'));
  if (!parsed.ok) return console.log('listener: invalid message from the server', parsed.error);
  const message = parsed.message;
  if (message.type === 'subtitle_final') {
    const { recognition_ms, translation_ms, delivery_ms } = message.timings;
    console.log(
      `listener [es #${message.sequence}] ${message.text}   (recognition ${recognition_ms} ms, translation ${translation_ms} ms, delivery ${delivery_ms ?? '-'} ms)`,
    );
  } else if (message.type === 'error') console.log(`listener: ${message.code}: ${message.message}`);
});
await opened(listener);
listener.send(serializeListenerClientMessage({ type: 'subscribe', channel_id: channelId, languages: ['es'], include_partials: false }));

const speakerTicket = await unwrap(asSpeaker.createSpeakerTicket({ body: { event_id: eventId, channel_id: channelId } }));
const speaker = new WebSocket(`${speakerTicket.websocket_url}?ticket=${encodeURIComponent(speakerTicket.ticket)}`);
let sessionId: string | undefined;
const ended = new Promise<void>((resolve) => speaker.once('close', () => resolve()));
speaker.on('message', (data) => {
  const parsed = parseSpeakerServerMessage((data as Buffer).toString('utf8'));
  if (!parsed.ok) return console.log('speaker: invalid message from the server', parsed.error);
  const message = parsed.message;
  if (message.type === 'session_started') sessionId = message.session_id;
  else if (message.type === 'transcript_final') console.log(`speaker  [en #${message.sequence}] ${message.text}`);
  else if (message.type === 'error') console.log(`speaker: ${message.code}: ${message.message}`);
});
await opened(speaker);
speaker.send(
  serializeSpeakerClientMessage({
    type: 'audio_config',
    format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 },
    frame_duration_ms: 20,
  }),
);

console.log(`speaking (${text.length} characters of English, in real time)...`);
// A second of silence at the end lets the recogniser close the last utterance.
const pcm = Buffer.concat([await englishSpeech(text), silence(1_000)]);
const frameBytes = 640; // 20 ms of 16 kHz 16-bit mono
const started = performance.now();
for (let offset = 0, frame = 0; offset < pcm.length; offset += frameBytes, frame += 1) {
  speaker.send(pcm.subarray(offset, offset + frameBytes));
  const due = started + (frame + 1) * 20;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
}
speaker.send(serializeSpeakerClientMessage({ type: 'end_session' }));
await ended;
listener.close();

if (sessionId) {
  const transcript = await asSpeaker.getSessionTranscript({
    params: { path: { session_id: sessionId, language: 'es' }, query: { format: 'vtt' } },
    parseAs: 'text',
  });
  console.log(`\nGET /v1/sessions/${sessionId}/transcripts/es?format=vtt\n${String(transcript.data ?? JSON.stringify(transcript.error))}`);
}
