import type { NextFunction, Request, RequestHandler, Response } from 'express';
import cors from 'cors';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import type { Authenticate } from '../auth/authenticate';
import { ANONYMOUS, type Viewer } from '../auth/viewer';
import type { CorsConfig, LimitsConfig } from '../config';
import { DomainError } from '../errors';
import type { Logger } from '../logger';

/**
 * HTTP-level guards in front of /graphql. Each refusal is a JSON body shaped like a GraphQL error
 * response, `{ errors: [{ message, extensions: { code } }] }`, with a 4xx status and one of these codes.
 */
export type HttpRefusalCode =
  | 'UNAUTHENTICATED'
  | 'BAD_REQUEST'
  | 'BAD_USER_INPUT'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE';

interface Locals {
  viewer?: Viewer;
  authError?: DomainError;
  requestId?: string;
}

const locals = (res: Response): Locals => res.locals as Locals;

/** The authenticated caller of a request (set by `authenticateRequest`), anonymous if none. */
export function viewerOf(res: Response): Viewer {
  return locals(res).viewer ?? ANONYMOUS;
}

export function refuse(
  res: Response,
  status: number,
  code: HttpRefusalCode,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/**
 * Works out who is calling from the headers alone, before the body is read. Bad credentials are not
 * refused here yet: the rate limiter runs first and counts them against the caller's IP, so guessing
 * keys is throttled like anything else.
 */
export function authenticateRequest(authenticate: Authenticate): RequestHandler {
  return (req, res, next) => {
    authenticate(req.headers).then(
      (viewer) => {
        locals(res).viewer = viewer;
        next();
      },
      (error: unknown) => {
        if (error instanceof DomainError) {
          locals(res).authError = error;
          next();
        } else next(error);
      },
    );
  };
}

/** Refuses requests whose credentials failed, and anonymous ones when anonymous reads are off. */
export function requireCredentials(anonymousRead: boolean): RequestHandler {
  return (_req, res, next) => {
    const { authError, viewer } = locals(res);
    if (authError) {
      const status = authError.code === 'SERVICE_UNAVAILABLE' ? 503 : 401;
      refuse(res, status, authError.code as HttpRefusalCode, authError.message);
      return;
    }
    if ((viewer ?? ANONYMOUS).id === null && !anonymousRead) {
      refuse(
        res,
        401,
        'UNAUTHENTICATED',
        'this API needs an API key or a bearer token: send Authorization: ApiKey <key> or Authorization: Bearer <token>',
      );
      return;
    }
    next();
  };
}

/** Browsers on a loopback address, any port: the local dashboard, GraphiQL, a dev server. */
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

/** What an allowed origin's scripts may read besides the body: the request id and the rate limit. */
export const EXPOSED_HEADERS = ['x-request-id', 'RateLimit', 'RateLimit-Policy', 'Retry-After'];

/**
 * CORS for /graphql: CORS_ORIGINS when set (`*` only when listed), else the server's own origin and
 * loopback origins. A request from another origin gets no Access-Control-Allow-Origin, so its
 * browser keeps the answer from the page; callers that are not browsers are not affected.
 */
export function corsPolicy(config: CorsConfig, ownOrigin: () => string): RequestHandler {
  const listed = config.origins;
  const allowed = (origin: string): boolean =>
    listed === null
      ? origin === ownOrigin() || LOOPBACK_ORIGIN.test(origin)
      : listed.includes('*') || listed.includes(origin);
  return cors({
    origin: (origin, callback) => callback(null, origin === undefined ? false : allowed(origin)),
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
}

/** Per client: an API key or token subject counts on its own, everyone else by IP address. */
export function rateLimitByClient(limits: LimitsConfig): RequestHandler {
  if (limits.rateLimitMax === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: limits.rateLimitWindowMs,
    limit: limits.rateLimitMax,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const viewer = locals(res).viewer;
      return viewer && viewer.id !== null ? viewer.id : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler: (_req, res, _next, options) => {
      const retryAfterSeconds = Math.ceil(options.windowMs / 1000);
      refuse(
        res,
        429,
        'RATE_LIMITED',
        `too many requests: at most ${String(options.limit)} per ${retryAfterSeconds} s per client; retry later`,
        { retryAfterSeconds },
      );
    },
  });
}

interface BodyParserError {
  type?: unknown;
  status?: unknown;
  limit?: unknown;
}

/**
 * The last word for /graphql: body-parser's refusals (too large, not JSON, unknown charset) become
 * JSON 4xx answers; anything else is a bug, logged whole and answered as a masked 500.
 */
export function httpErrorHandler(logger: Logger, bodyLimitBytes: number) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { type, status } = (error ?? {}) as BodyParserError;
    if (type === 'entity.too.large') {
      refuse(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `the request body is larger than ${bodyLimitBytes} bytes (HTTP_BODY_LIMIT); send a smaller document or split it`,
      );
    } else if (type === 'entity.parse.failed') {
      refuse(res, 400, 'BAD_REQUEST', 'the request body is not valid JSON');
    } else if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
      refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'send the body as JSON in UTF-8 without content encoding');
    } else if (typeof status === 'number' && status >= 400 && status < 500) {
      refuse(res, status, 'BAD_REQUEST', 'the request could not be read');
    } else {
      const requestId = locals(res).requestId;
      logger.error({ err: error, requestId }, 'unexpected error while handling an HTTP request');
      res.status(500).json({
        errors: [
          { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } },
        ],
      });
    }
  };
}

export function setRequestLocalsId(res: Response, requestId: string): void {
  locals(res).requestId = requestId;
}
