/**
 * A fetch for the tests' gateway: trusts its self-signed certificate (and nothing else), and can leave
 * from a chosen loopback address (127.0.0.x), so tests can play several clients whose addresses nginx
 * and the services tell apart. It is a `(Request) => Promise<Response>`, the shape the generated SDKs take.
 */
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';

export interface GatewayFetchOptions {
  /** The gateway's certificate (PEM). */
  ca: string;
  /** The client's source address, e.g. `127.0.0.2`. */
  localAddress?: string;
}

/** The gateway fetch; it never follows redirects, so a test sees the 301 itself. */
export function gatewayFetch(options: GatewayFetchOptions): (input: Request | string | URL, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (body) headers['content-length'] = String(body.length);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Response>((resolve, reject) => {
      const outgoing = send(
        url,
        { method: request.method, headers, ca: options.ca, localAddress: options.localAddress, agent: false },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(incoming.headers)) {
              if (Array.isArray(value)) for (const item of value) responseHeaders.append(name, item);
              else if (value !== undefined) responseHeaders.set(name, value);
            }
            const status = incoming.statusCode ?? 0;
            const nullBody = status === 204 || status === 304 || request.method === 'HEAD';
            resolve(new Response(nullBody ? null : Buffer.concat(chunks), { status, headers: responseHeaders }));
          });
          incoming.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  };
}
