import { PocketsphinxRecognizer } from '@ilenia/speech-engines/local/pocketsphinx-recognizer';
import { chunks, englishSpeech, silence } from '@ilenia/speech-engines/testing';
const r = new PocketsphinxRecognizer({ vadPostspeechFrames: 30, endSilenceMs: Number(process.argv[2] ?? 200), onRestart: (why) => console.log('restart', why) });
const s = r.openStream({ language: 'en' });
s.on('result', (x) => console.log(x.kind, x.text, x.startMs, x.heardUntilMs));
s.on('error', (e) => console.log('error', e));
s.on('gap', (g) => console.log('gap', g));
const audio = [silence(1000), await englishSpeech('Please open the door for me.'), silence(1500), await englishSpeech('Slow and steady wins the race.'), silence(1500)];
for (const pcm of audio.flatMap((piece) => chunks(piece))) {
  if (!s.write(pcm)) await new Promise((resolve) => s.on('drain', () => resolve(undefined)));
}
await s.flush();
console.log('flushed');
await s.close(); await r.close();
