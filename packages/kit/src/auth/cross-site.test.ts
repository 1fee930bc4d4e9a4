import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { refuseCrossSiteRequest } from './cross-site.js';

const withHeaders = (headers: Record<string, string | undefined>) => ({ headers }) as unknown as Request;
const allowed = ['https://ilenia.example.org', 'http://localhost:5173'];

describe('refusing cross-site requests on cookie-authenticated operations', () => {
  it('lets through the allowed origins, same-origin and user-typed requests, and requests from no browser', () => {
    for (const headers of [
      { origin: 'https://ilenia.example.org' },
      { origin: 'http://localhost:5173', 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      {},
    ]) {
      expect(() => refuseCrossSiteRequest(withHeaders(headers), allowed)).not.toThrow();
    }
  });

  it('refuses another origin, an opaque origin, and a cross-site or same-site fetch without Origin, with a 403 problem', () => {
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'https://ilenia.example.org.evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]) {
      expect(() => refuseCrossSiteRequest(withHeaders(headers), allowed)).toThrow(expect.objectContaining({ status: 403 }));
    }
  });
});
