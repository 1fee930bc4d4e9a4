/** One cue of a transcript on its clock (a session's, or an event's sessions laid end to end). */
export interface TranscriptCue {
  sequence: number;
  startMs: number;
  endMs: number;
  text: string;
}

/** A run of cues from one session, with what marks its start in WebVTT. */
export interface TranscriptPart {
  note?: string;
  cues: readonly TranscriptCue[];
}

export type TranscriptFormat = 'json' | 'vtt' | 'srt' | 'txt';

export const mediaTypeOfFormat = {
  json: 'application/json',
  vtt: 'text/vtt',
  srt: 'application/x-subrip',
  txt: 'text/plain',
} as const satisfies Record<TranscriptFormat, string>;

function clock(ms: number, fractionSeparator: '.' | ','): string {
  const total = Math.max(0, Math.round(ms));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const millis = total % 1000;
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${fractionSeparator}${pad(millis, 3)}`;
}

/** A cue's text on one line: line breaks would end a cue early, and `-->` would start a new one. */
function cueText(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(/-->/g, '->');
}

/** WebVTT: cue identifiers are the segments' sequences; a NOTE block opens each part that has one. */
export function renderWebVtt(parts: readonly TranscriptPart[]): string {
  let output = 'WEBVTT\n';
  for (const part of parts) {
    if (part.note) output += `\nNOTE ${cueText(part.note)}\n`;
    for (const cue of part.cues)
      output += `\n${cue.sequence}\n${clock(cue.startMs, '.')} --> ${clock(cue.endMs, '.')}\n${cueText(cue.text)}\n`;
  }
  return output;
}

/** SubRip: cues numbered 1, 2, 3, ... as the format requires, whatever their sequences. */
export function renderSubRip(parts: readonly TranscriptPart[]): string {
  const cues = parts.flatMap((part) => part.cues);
  return cues
    .map((cue, index) => `${index + 1}\n${clock(cue.startMs, ',')} --> ${clock(cue.endMs, ',')}\n${cueText(cue.text)}\n`)
    .join('\n');
}

/** Plain text: one segment per line. */
export function renderPlainText(parts: readonly TranscriptPart[]): string {
  return parts
    .flatMap((part) => part.cues)
    .map((cue) => `${cueText(cue.text)}\n`)
    .join('');
}

/**
 * The representation to serve: `format` wins; otherwise the media type among the four that `Accept`
 * prefers (by q-value, then by its order in the header); otherwise JSON. Never a 406.
 */
export function chooseTranscriptFormat(format: TranscriptFormat | undefined, accept: string | undefined): TranscriptFormat {
  if (format) return format;
  if (!accept) return 'json';
  const candidates = Object.entries(mediaTypeOfFormat) as [TranscriptFormat, string][];
  let best: { format: TranscriptFormat; q: number; order: number } | undefined;
  accept.split(',').forEach((range, order) => {
    const [type = '', ...parameters] = range.trim().toLowerCase().split(';');
    const qParameter = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    const q = qParameter ? Number(qParameter.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) return;
    // `*/*` means "anything": JSON, the default, is what it gets.
    if (type === '*/*') return;
    for (const [candidate, mediaType] of candidates) {
      const matches = type === mediaType || (type.endsWith('/*') && mediaType.startsWith(type.slice(0, -1)));
      if (matches && (!best || q > best.q)) best = { format: candidate, q, order };
    }
  });
  return best?.format ?? 'json';
}
