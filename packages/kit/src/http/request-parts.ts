import cookieParser from 'cookie-parser';
import express, { type Express, type RequestHandler } from 'express';
import { chain } from './chain.js';

/**
 * JSON and form bodies, parsed only for a request that has one (a length or a chunked encoding, the
 * test body-parser itself makes first): most requests are GETs, and the two parsers as Express layers
 * cost every request their walk even when they skip it. What a body gets is unchanged: the same
 * parsers, limit and media types, and their errors (400, 413, 415) before any route is matched.
 */
export function bodyParsers(limit: string): RequestHandler {
  const parse = chain([
    express.json({ limit, type: ['application/json', 'application/*+json'] }),
    express.urlencoded({ extended: false, limit }),
  ]);
  return (request, response, next) => {
    const headers = request.headers;
    if (headers['transfer-encoding'] === undefined && Number.isNaN(Number(headers['content-length']))) {
      next();
      return;
    }
    parse(request, response, next);
  };
}

/**
 * `request.cookies` (and `signedCookies`) of `app`'s requests, parsed by cookie-parser when first read
 * instead of by a middleware on every request: a getter of the app's request prototype, defined once.
 * A request without a Cookie header reads a fresh empty object and defines nothing on the request;
 * one with cookies is parsed once, and the result becomes the request's own (writable) property.
 */
export function parseCookiesWhenRead(app: Express): void {
  const parse = cookieParser();
  const ignoreNext = () => undefined;
  const own = (target: object, value: unknown) =>
    Object.defineProperty(target, 'cookies', { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(app.request, 'cookies', {
    configurable: true,
    get(this: express.Request): Record<string, unknown> {
      if (!this.headers.cookie) return Object.create(null) as Record<string, unknown>;
      // cookie-parser parses only when `cookies` is unset, and sets it (with signedCookies) itself.
      own(this, undefined);
      parse(this, this.res!, ignoreNext);
      return this.cookies as Record<string, unknown>;
    },
    set(this: express.Request, value: unknown) {
      own(this, value);
    },
  });
}
