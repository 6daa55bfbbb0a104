import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request } from 'express';
import { createAuthenticator } from './auth/authenticate';
import { operationAccessPlugin } from './auth/operation-access';
import { composeApp, type AppDeps, type AppParts } from './app';
import type { SchemaSetup } from './db/schema-setup';
import type { AppContext } from './graphql/context';
import { compiledExecution } from './graphql/compiled-execution';
import { createFormatError } from './graphql/format-error';
import { operationLimits } from './graphql/limits';
import {
  authenticateRequest,
  corsPolicy,
  httpErrorHandler,
  rateLimitByClient,
  requireCredentials,
  setRequestLocalsId,
  viewerOf,
} from './http/guards';
import { dashboardRoutes } from './http/dashboard';
import { reportRoutes } from './reports/report.routes';
import { languages } from './i18n/catalogs';
import { languageFromAcceptHeader } from './i18n/translate';
import { refuseDeepNesting } from './http/nesting';
import { webDir } from './paths';
import { withRequestScope } from './request-scope';
import type { Services } from './services';

/** What the server is built from: the parts of the composition root (src/app.ts) it composes. */
export type ServerDeps = AppDeps;

export interface RunningServer {
  url: string;
  port: number;
  app: AppParts;
  services: Services;
  schemaSetup: SchemaSetup;
  /** Stops taking requests, lets the ones in flight finish, stops retrying schema setup. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function requestIdOf(req: Request): string {
  const given = req.header('x-request-id');
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * The HTTP side: /graphql (Apollo), /health (the process is up) and /ready (Neo4j answers and the
 * schema is applied). It starts even when Neo4j is down; requests then fail with SERVICE_UNAVAILABLE
 * and it recovers on its own once Neo4j is back.
 */
export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const parts = composeApp(deps);
  const { config, runner, logger, schemaSetup } = parts;
  void schemaSetup.applyInBackground();

  // Known once listening (PORT=0 picks a port); CORS compares browsers' origins with it.
  let ownOrigin = `http://${config.host}:${config.port}`;
  const app = express();
  app.disable('x-powered-by');
  if (config.limits.trustProxyHops > 0) app.set('trust proxy', config.limits.trustProxyHops);
  const httpServer: Server = createServer(app);
  const limits = operationLimits(config.limits);
  const apollo = new ApolloServer<AppContext>({
    gateway: compiledExecution<AppContext>(await parts.schema()),
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: config.env === 'development',
    // "Did you mean …?" hints describe the schema; production callers get none.
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No field has cache hints; Apollo's default cache-control plugin would wrap every resolver to look.
      ApolloServerPluginCacheControlDisabled(),
      operationAccessPlugin(config.auth.anonymousRead),
      ...limits.plugins,
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    const schema = schemaSetup.isApplied;
    let database = true;
    try {
      await runner.ping(2_000);
    } catch {
      database = false;
    }
    const ready = schema && database;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', database, schema });
  });

  app.use(dashboardRoutes({ webDir: webDir(), ide: config.graphqlIde }));
  app.use(
    reportRoutes({
      services: parts.services,
      webDir: webDir(),
      origin: () => ownOrigin,
      logger,
      guards: [
        authenticateRequest(createAuthenticator(config.auth)),
        rateLimitByClient(config.limits),
        requireCredentials(config.auth.anonymousRead),
      ],
    }),
  );

  // /graphql, in order: request id → CORS → who is calling (headers only) → rate limit per caller →
  // refuse bad or missing credentials → read the JSON body (capped) → refuse deep nesting → Apollo (limits, CSRF, roles).
  app.use(
    '/graphql',
    (req, res, next) => {
      const requestId = requestIdOf(req);
      res.setHeader('x-request-id', requestId);
      setRequestLocalsId(res, requestId);
      next();
    },
    corsPolicy(config.cors, () => ownOrigin),
    authenticateRequest(createAuthenticator(config.auth)),
    rateLimitByClient(config.limits),
    requireCredentials(config.auth.anonymousRead),
    express.json({ limit: config.limits.bodyLimitBytes }),
    refuseDeepNesting(),
    // Opened after the body is read, so everything Apollo does runs inside the request's scope.
    (_req, res, next) => {
      withRequestScope(String(res.getHeader('x-request-id')), next);
    },
    expressMiddleware(apollo, {
      context: ({ req, res }): Promise<AppContext> =>
        Promise.resolve(
          parts.contextFor(
            viewerOf(res),
            languageFromAcceptHeader(req.headers['accept-language'], languages()),
          ),
        ),
    }),
  );
  app.use('/graphql', httpErrorHandler(logger, config.limits.bodyLimitBytes));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  ownOrigin = url;
  logger.info({ url: `${url}/graphql` }, 'partnership-graph is listening');

  return {
    url,
    port,
    app: parts,
    services: parts.services,
    schemaSetup,
    close: async () => {
      schemaSetup.stop();
      await apollo.stop();
      await parts.services.analytics.close();
    },
  };
}
