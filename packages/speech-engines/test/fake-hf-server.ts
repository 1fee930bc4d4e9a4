import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the fake endpoint saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** What the fake endpoint answers to the n-th request (0-based); `hang` never answers. */
export type Answer = { status: number; headers?: Record<string, string>; json?: unknown; text?: string; delayMs?: number } | 'hang';

/**
 * A local HTTP server speaking the wire format of HuggingFace Inference Endpoints (JSON bodies,
 * bearer tokens, 401/429/503 errors), scripted per test.
 */
export class FakeHfServer {
  readonly requests: SeenRequest[] = [];
  answer: (request: SeenRequest, index: number) => Answer = () => ({ status: 200, json: {} });
  private server: Server | undefined;
  private readonly hanging = new Set<() => void>();

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const seen: SeenRequest = { method: request.method!, path: request.url!, headers: request.headers, body: Buffer.concat(chunks) };
        const answer = this.answer(seen, this.requests.length);
        this.requests.push(seen);
        if (answer === 'hang') {
          const release = () => response.destroy();
          this.hanging.add(release);
          response.on('close', () => this.hanging.delete(release));
          return;
        }
        setTimeout(() => {
          const body = answer.json !== undefined ? JSON.stringify(answer.json) : (answer.text ?? '');
          response.writeHead(answer.status, {
            'content-type': answer.json !== undefined ? 'application/json' : 'text/plain',
            ...answer.headers,
          });
          response.end(body);
        }, answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  reset(): void {
    this.requests.length = 0;
  }

  async stop(): Promise<void> {
    for (const release of this.hanging) release();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
