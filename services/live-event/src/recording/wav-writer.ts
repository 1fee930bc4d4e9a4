import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The format every recording has: what the speaker negotiated (16 kHz mono signed 16-bit PCM). */
export const recordingFormat = { sampleRateHz: 16_000, channels: 1, bitsPerSample: 16 } as const;
/** Bytes of recording-format PCM per millisecond of audio (32). */
export const recordingBytesPerMs = (recordingFormat.sampleRateHz * recordingFormat.channels * recordingFormat.bitsPerSample) / 8 / 1000;
export const wavHeaderBytes = 44;

/** A RIFF/WAVE header for `dataBytes` of PCM in the recording format. */
function wavHeader(dataBytes: number): Buffer {
  const { sampleRateHz, channels, bitsPerSample } = recordingFormat;
  const header = Buffer.alloc(wavHeaderBytes);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(Math.min(36 + dataBytes, 0xffffffff), 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRateHz, 24);
  header.writeUInt32LE((sampleRateHz * channels * bitsPerSample) / 8, 28);
  header.writeUInt16LE((channels * bitsPerSample) / 8, 32);
  header.writeUInt16LE(bitsPerSample, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(Math.min(dataBytes, 0xffffffff), 40);
  return header;
}

/**
 * Appends a session's PCM to a WAV file. The header's sizes are rewritten every `syncEveryBytes`
 * (one second of audio by default) and on close, so a crash leaves a playable file that lacks at most
 * the last second. Writes are queued in order; a write error is kept and reported by `close`.
 */
export class WavWriter {
  private dataBytes = 0;
  private syncedBytes = 0;
  private queue: Promise<void> = Promise.resolve();
  private failure: Error | undefined;
  private closed = false;

  private constructor(
    readonly filePath: string,
    private readonly file: fs.FileHandle,
    private readonly syncEveryBytes: number,
  ) {}

  /** Opens (creating its folder) a new recording, or continues an existing one after a restart. */
  static async open(filePath: string, options: { syncEveryBytes?: number } = {}): Promise<WavWriter> {
    await fs.mkdir(path.dirname(filePath), { recursive: true });
    // Not 'a': on Linux, positional writes to a file opened for appending go to its end, header included.
    const file = await fs.open(filePath, 'r+').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return fs.open(filePath, 'w+');
      throw error;
    });
    const writer = new WavWriter(filePath, file, options.syncEveryBytes ?? 32_000);
    const { size } = await file.stat();
    if (size < wavHeaderBytes) {
      await file.truncate(0);
      await file.write(wavHeader(0), 0, wavHeaderBytes, 0);
    } else {
      writer.dataBytes = size - wavHeaderBytes;
      writer.syncedBytes = writer.dataBytes;
    }
    return writer;
  }

  /** Bytes of PCM written so far (the session clock: 32 bytes per millisecond). */
  get bytesWritten(): number {
    return this.dataBytes;
  }

  /** The size the file has once everything queued is written. */
  get fileBytes(): number {
    return wavHeaderBytes + this.dataBytes;
  }

  append(pcm: Buffer): void {
    if (this.closed) return;
    const offset = wavHeaderBytes + this.dataBytes;
    this.dataBytes += pcm.length;
    const needsSync = this.dataBytes - this.syncedBytes >= this.syncEveryBytes;
    const total = this.dataBytes;
    this.enqueue(async () => {
      await this.file.write(pcm, 0, pcm.length, offset);
      if (needsSync) await this.writeSizes(total);
    });
    if (needsSync) this.syncedBytes = total;
  }

  /** Waits for every queued write and brings the header up to date. */
  async flush(): Promise<void> {
    const total = this.dataBytes;
    this.enqueue(() => this.writeSizes(total));
    await this.queue;
    if (this.failure) throw this.failure;
  }

  /** Flushes, fixes the header and closes the file; returns the file's size. */
  async close(): Promise<number> {
    if (this.closed) return this.fileBytes;
    try {
      await this.flush();
      await this.file.sync();
    } finally {
      this.closed = true;
      await this.file.close();
    }
    return this.fileBytes;
  }

  private async writeSizes(dataBytes: number): Promise<void> {
    const header = wavHeader(dataBytes);
    await this.file.write(header, 4, 4, 4);
    await this.file.write(header, 40, 4, 40);
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
    });
  }
}
