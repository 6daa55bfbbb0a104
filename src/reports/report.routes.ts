import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { grants, Role } from '../auth/role';
import { DomainError } from '../errors';
import type { Logger } from '../logger';
import type { Services } from '../services';
import { CONTENT_SECURITY_POLICY } from '../http/dashboard';
import { viewerOf } from '../http/guards';
import { printReport, ReportPageError } from './chromium';
import { parseReportRequest, reportPath, type ReportRequest, type ReportScope } from './report-request';

export interface ReportRouteDeps {
  services: Pick<Services, 'communities' | 'regions'>;
  /** dist/web, where report.html is built. */
  webDir: string;
  /** The server's own origin: the PDF printer opens the report page there. */
  origin: () => string;
  logger: Logger;
  /** Run first: who is calling, rate limit, refusal of missing or bad credentials (as for /graphql). */
  guards: RequestHandler[];
}

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
};

/** The name of the community or region, or null when there is none with that id. */
async function nameOf(
  services: ReportRouteDeps['services'],
  scope: ReportScope,
  id: string,
): Promise<string | null> {
  const found =
    scope === 'community' ? await services.communities.byIds([id]) : await services.regions.byIds([id]);
  return found[0]?.value.name ?? null;
}

/** The caller's credentials, for the page the printer opens (its /graphql requests run as the caller). */
function forwardedCredentials(req: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  if (req.headers.authorization) headers.authorization = req.headers.authorization;
  const apiKey = req.headers['x-api-key'];
  if (typeof apiKey === 'string') headers['x-api-key'] = apiKey;
  return headers;
}

/**
 * GET /reports/communities/:id and /reports/regions/:id (VIEWER, or anyone when anonymous reads are
 * on): the printable profile as HTML (the report page of the web bundle, which reads /graphql), or as
 * PDF with ?format=pdf, printed by Chromium from that same page. ?asOf= and ?language= as the CLI's
 * --as-of and --language. A bad id is a 404, a bad parameter a 400, each saying what was wrong.
 */
export function reportRoutes(deps: ReportRouteDeps): express.Router {
  const router = express.Router();
  const fail = (res: Response, status: number, message: string): void => {
    res.status(status).type('text/plain').send(`${message}\n`);
  };

  const handle =
    (scope: ReportScope): RequestHandler =>
    async (req, res) => {
      const viewer = viewerOf(res);
      if (viewer.id !== null && !grants(viewer.roles, Role.VIEWER)) {
        fail(res, 403, `${viewer.id} holds no role: a report needs at least VIEWER`);
        return;
      }
      let request: ReportRequest;
      try {
        request = parseReportRequest(scope, String(req.params.id), req.query, {
          asOf: '?asOf',
          language: '?language',
          format: '?format',
        });
        const name = await nameOf(deps.services, scope, request.id);
        if (name === null) {
          fail(res, 404, `There is no ${scope} with id '${request.id}'.`);
          return;
        }
        if (request.format === 'html') {
          const page = join(deps.webDir, 'report.html');
          if (!existsSync(page)) {
            fail(res, 503, `The report page is not built (no ${page}): run \`npm run build\`.`);
            return;
          }
          res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
          res.sendFile(page);
          return;
        }
        const pdf = await printReport(`${deps.origin()}${reportPath(request)}`, {
          headers: forwardedCredentials(req),
          footer: `${name} · ${request.asOf}`,
        });
        res
          .status(200)
          .type('application/pdf')
          .setHeader('content-disposition', `inline; filename="${request.id}-${request.asOf}.pdf"`)
          .send(pdf);
      } catch (error) {
        if (error instanceof DomainError) fail(res, STATUS[error.code] ?? 500, error.message);
        else if (error instanceof ReportPageError) fail(res, 502, `The report page failed: ${error.message}`);
        else {
          deps.logger.error({ err: error }, 'report failed');
          fail(res, 500, 'The report could not be made; the server log has the details.');
        }
      }
    };

  router.get('/reports/communities/:id', ...deps.guards, handle('community'));
  router.get('/reports/regions/:id', ...deps.guards, handle('region'));
  return router;
}
