import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type RequestHandler } from 'express';

export interface DashboardOptions {
  /** The folder `npm run build` writes the dashboard and IDE into (dist/web). */
  webDir: string;
  /** 'graphiql': browsers opening /graphql get the bundled GraphiQL; 'apollo': Apollo's landing page. */
  ide: 'graphiql' | 'apollo';
}

/**
 * Only this origin: the dashboard and the IDE are bundled, so a request anywhere else is a bug (and a
 * leak of the analyst's data), and the browser refuses it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** A browser navigating to /graphql, not a client sending a GraphQL GET request. */
function wantsPage(req: Request): boolean {
  return req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html';
}

/**
 * GET / (the dashboard) and GET /graphql for browsers (GraphiQL), both served from the built bundle.
 * POST /graphql and GraphQL GET requests fall through to Apollo.
 */
export function dashboardRoutes({ webDir, ide }: DashboardOptions): RequestHandler {
  const router = express.Router();
  const page = (file: string) => (_req: Request, res: express.Response) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    // Checked per request: a build finished after start-up is served without a restart.
    if (existsSync(join(webDir, 'index.html'))) res.sendFile(join(webDir, file));
    else
      res
        .status(503)
        .type('text/plain')
        .send(`The dashboard is not built (no ${join(webDir, file)}): run \`npm run build\`.\n`);
  };

  if (ide === 'graphiql')
    router.get('/graphql', (req, res, next) => (wantsPage(req) ? page('ide.html')(req, res) : next()));
  router.get(['/', '/index.html'], page('index.html'));
  router.use(
    '/assets',
    express.static(join(webDir, 'assets'), {
      immutable: true,
      maxAge: '1y',
      fallthrough: false,
      setHeaders: (res) => res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY),
    }),
  );
  // Only GET and HEAD reach these pages: an Express router answers any other method on a path it
  // knows by itself (OPTIONS with 200 and Allow), which would swallow the CORS preflight of /graphql.
  return (req, res, next) =>
    req.method === 'GET' || req.method === 'HEAD' ? router(req, res, next) : next();
}
