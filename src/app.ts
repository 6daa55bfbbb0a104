/**
 * The composition root: every part the service is made of, built once per process from a config, a
 * query runner and the Cypher catalog. The HTTP server (src/server.ts) and every CLI command take
 * their parts from here; nothing else creates services, the schema, loaders or request contexts.
 * Where the Neo4j comes from is not decided here: the caller passes a runner (the CLI may provision
 * the local server first, see src/local-neo4j/).
 */
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { Viewer } from './auth/viewer';
import type { Config } from './config';
import { CypherCatalog } from './db/cypher-catalog';
import type { QueryRunner } from './db/query-runner';
import { SchemaSetup } from './db/schema-setup';
import type { AppContext } from './graphql/context';
import { createLoaders } from './graphql/loaders';
import { DEFAULT_LANGUAGE } from './i18n/translate';
import { buildAppSchema } from './graphql/schema';
import type { Logger } from './logger';
import { cypherDir } from './paths';
import { createServices, type Services } from './services';

export interface AppDeps {
  config: Config;
  runner: QueryRunner;
  logger: Logger;
  /** Default: every file under cypher/, the service's own queries. */
  catalog?: CypherCatalog;
}

export interface AppParts {
  config: Config;
  logger: Logger;
  runner: QueryRunner;
  catalog: CypherCatalog;
  services: Services;
  /** Puts the constraints in place (the server in the background, write commands before writing). */
  schemaSetup: SchemaSetup;
  /** The executable GraphQL schema, built on first use and once per process. */
  schema(): Promise<GraphQLSchema>;
  /** One request's context: the shared services, fresh DataLoaders, the caller. */
  /** One request's context; `language` from its Accept-Language (default English). */
  contextFor(viewer: Viewer, language?: string): AppContext;
}

export function composeApp({
  config,
  runner,
  logger,
  catalog = CypherCatalog.load(cypherDir()),
}: AppDeps): AppParts {
  const services = createServices(runner, catalog, { analyticsWorkers: config.analyticsWorkers });
  return {
    config,
    logger,
    runner,
    catalog,
    services,
    schemaSetup: new SchemaSetup(runner, catalog, logger),
    schema: buildAppSchema,
    contextFor: (viewer, language = DEFAULT_LANGUAGE) => ({
      services,
      loaders: createLoaders(services),
      viewer,
      language,
      analytics: services.analytics.session(),
    }),
  };
}
