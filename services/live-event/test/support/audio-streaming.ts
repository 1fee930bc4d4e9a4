import type { TestSocket } from './test-socket.js';

/**
 * Sends PCM in frames of `frameMs`, one frame every `frameMs / speed` ms: speed 1 is real time (what
 * a microphone does), up to 2 is within what the server accepts.
 */
export async function streamAudio(socket: TestSocket, pcm: Buffer, options: { frameMs?: number; speed?: number } = {}): Promise<void> {
  const frameMs = options.frameMs ?? 20;
  const frameBytes = frameMs * 32;
  const intervalMs = frameMs / (options.speed ?? 1);
  const started = performance.now();
  for (let offset = 0, index = 0; offset < pcm.length; offset += frameBytes, index += 1) {
    socket.sendRaw(pcm.subarray(offset, Math.min(pcm.length, offset + frameBytes)));
    const wait = started + (index + 1) * intervalMs - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
