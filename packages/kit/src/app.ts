import express, { type ErrorRequestHandler, type Express, type RequestHandler, type Router } from 'express';
import type { Logger } from 'pino';
import { chain } from './http/chain.js';
import { bodyParsers, parseCookiesWhenRead } from './http/request-parts.js';
import { requestLogger } from './logger.js';
import { notFoundHandler, problemMiddleware } from './problem.js';

export interface ServiceAppOptions {
  logger: Logger;
  /** The generated router(s) of the service's API. */
  routers: Router[];
  /** Largest accepted JSON or form body. */
  bodyLimit?: string;
  /** Origins allowed to call the API from a browser (the web app in development); none by default. */
  corsOrigins?: readonly string[];
  /**
   * Addresses or CIDR ranges of the gateway(s) whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`);
   * none by default, so `request.ip` is the peer's address and a forged header changes nothing.
   */
  trustedProxies?: readonly string[];
  /**
   * Error handlers that run before the RFC 9457 one, for the rare endpoint whose errors a standard
   * prescribes in another format (the OAuth token endpoint). They see every error, body parsing's too.
   */
  errorHandlers?: readonly ErrorRequestHandler[];
}

/**
 * The Express app every service shares around its generated router: request ids and logs, body
 * parsing, cookies, security headers, CORS for the listed origins, and RFC 9457 errors for anything
 * that fails. Never listens (see runService).
 */
export function createServiceApp(options: ServiceAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // Only the configured gateways: trusting whole private ranges let any sender inside them choose its IP.
  app.set('trust proxy', options.trustedProxies && options.trustedProxies.length > 0 ? [...options.trustedProxies] : false);
  parseCookiesWhenRead(app);
  // What every request goes through before the routers, as one Express layer (see chain).
  app.use(
    chain([
      requestLogger(app, options.logger),
      securityHeaders,
      ...(options.corsOrigins && options.corsOrigins.length > 0 ? [cors(options.corsOrigins)] : []),
      bodyParsers(options.bodyLimit ?? '1mb'),
    ]),
  );
  for (const router of options.routers) app.use(router);
  app.use(notFoundHandler);
  for (const handler of options.errorHandlers ?? []) app.use(handler);
  app.use(problemMiddleware());
  return app;
}

const securityHeaders: RequestHandler = (_request, response, next) => {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  next();
};

function cors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (request, response, next) => {
    const origin = request.headers.origin;
    if (origin && allowed.has(origin)) {
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Access-Control-Allow-Credentials', 'true');
      response.setHeader('Access-Control-Expose-Headers', 'ETag, Location, Retry-After, X-Request-Id, Content-Disposition');
      response.vary('Origin');
      if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
        response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
        response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-Match, Prefer, X-Request-Id');
        response.setHeader('Access-Control-Max-Age', '600');
        response.status(204).end();
        return;
      }
    }
    next();
  };
}
