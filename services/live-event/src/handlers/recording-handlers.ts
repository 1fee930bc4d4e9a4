import { createReadStream, promises as fs } from 'node:fs';
import type { GetSessionRecordingResult, LiveEventHandlers } from '@ilenia/generated/openapi/live-event/server';
import { HttpProblem, problems } from '@ilenia/kit';
import { recordingFormat, wavHeaderBytes } from '../recording/wav-writer.js';
import type { StoredSession } from '../repositories/session-repository.js';
import { conflict, overseenSession, withUpstream, type HandlerDependencies } from './dependencies.js';

/** One satisfiable byte range, `ignore` for a header to disregard, `unsatisfiable` for a 416. */
export type ParsedRange = { kind: 'range'; start: number; end: number } | { kind: 'ignore' } | { kind: 'unsatisfiable' };

/** RFC 9110 §14.1.2, one range only: a malformed or multi-range header is ignored (whole file). */
export function parseRange(header: string | undefined, size: number): ParsedRange {
  if (header === undefined) return { kind: 'ignore' };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'ignore' };
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return { kind: 'unsatisfiable' };
    return { kind: 'range', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  if (start >= size) return { kind: 'unsatisfiable' };
  const end = match[2] === '' ? size - 1 : Number(match[2]);
  if (end < start) return { kind: 'ignore' };
  return { kind: 'range', start, end: Math.min(end, size - 1) };
}

async function recordingOf(session: StoredSession): Promise<{ path: string; size: number }> {
  if (session.status !== 'ended') {
    throw conflict(
      'recording-in-progress',
      'Recording in progress',
      `Session ${session.id} has not ended; its recording is available once it does.`,
    );
  }
  if (!session.recordingPath || session.recordingBytes === null) throw problems.notFound(`Session ${session.id} has no recording.`);
  const stat = await fs.stat(session.recordingPath).catch(() => undefined);
  if (!stat) throw problems.notFound(`Session ${session.id} has no recording.`);
  return { path: session.recordingPath, size: stat.size };
}

/** Downloading a recording (with byte ranges) and reading its metadata: the session records' audience only. */
export function recordingHandlers(
  dependencies: HandlerDependencies,
): Pick<LiveEventHandlers, 'getSessionRecording' | 'getSessionRecordingMetadata'> {
  return {
    async getSessionRecording(input, context): Promise<GetSessionRecordingResult> {
      const session = await withUpstream(() => overseenSession(dependencies, input.path.session_id, context));
      const recording = await recordingOf(session);
      const etag = `"${session.id}-${recording.size}"`;
      const ifRange = input.headers['if-range'];
      const range =
        ifRange !== undefined && ifRange !== etag ? ({ kind: 'ignore' } as const) : parseRange(input.headers.range, recording.size);
      if (range.kind === 'unsatisfiable') {
        throw new HttpProblem({
          status: 416,
          type: 'https://ilenia.dev/problems/range-not-satisfiable',
          title: 'Range not satisfiable',
          detail: `The recording has ${recording.size} bytes; ${input.headers.range} starts past its end.`,
          headers: { 'Content-Range': `bytes */${recording.size}` },
        });
      }
      if (range.kind === 'range') {
        return {
          status: 206,
          contentType: 'audio/wav',
          headers: {
            'Accept-Ranges': 'bytes',
            'Content-Range': `bytes ${range.start}-${range.end}/${recording.size}`,
            'Content-Length': range.end - range.start + 1,
            ETag: etag,
          },
          body: createReadStream(recording.path, { start: range.start, end: range.end }),
        };
      }
      return {
        status: 200,
        contentType: 'audio/wav',
        headers: {
          'Accept-Ranges': 'bytes',
          'Content-Length': recording.size,
          'Content-Disposition': `attachment; filename="session-${session.id}.wav"`,
          ETag: etag,
        },
        body: createReadStream(recording.path),
      };
    },

    async getSessionRecordingMetadata(input, context) {
      const session = await withUpstream(() => overseenSession(dependencies, input.path.session_id, context));
      const recording = await recordingOf(session);
      const bytesPerSecond = (recordingFormat.sampleRateHz * recordingFormat.channels * recordingFormat.bitsPerSample) / 8;
      return {
        status: 200,
        body: {
          session_id: session.id,
          media_type: 'audio/wav',
          format: 'wav',
          encoding: 'pcm_s16le',
          sample_rate: recordingFormat.sampleRateHz,
          channels: recordingFormat.channels,
          bits_per_sample: recordingFormat.bitsPerSample,
          duration_seconds: Math.max(0, recording.size - wavHeaderBytes) / bytesPerSecond,
          size_bytes: recording.size,
          created_at: (session.recordingFinalizedAt ?? session.endedAt ?? new Date()).toISOString(),
        },
      };
    },
  };
}
