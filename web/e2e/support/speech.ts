/**
 * English speech for the fake microphone, made at run time: flite's `slt` voice (which pocketsphinx
 * recognises best), 16 kHz mono, each sentence followed by silence so the recogniser closes it, and
 * silence at the end (`%noloop` repeats the last buffer).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function speechWav(sentences: string[], options: { silenceSeconds?: number } = {}): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'ilenia-e2e-speech-'));
  const pieces = sentences.map((sentence, index) => {
    const raw = path.join(folder, `raw-${index}.wav`);
    const piece = path.join(folder, `piece-${index}.wav`);
    execFileSync('flite', ['-voice', 'slt', '-t', sentence, '-o', raw]);
    execFileSync('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', piece, 'pad', '0', String(options.silenceSeconds ?? 1.5)]);
    return piece;
  });
  const wav = path.join(folder, 'talk.wav');
  if (pieces.length === 1) execFileSync('sox', [pieces[0]!, wav, 'pad', '0', '2']);
  else execFileSync('sox', [...pieces, wav, 'pad', '0', '2']);
  return wav;
}
