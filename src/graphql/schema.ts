import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { resolvers } from './resolvers';

let cached: Promise<GraphQLSchema> | null = null;

/** The schema, built once per process from the resolver classes; inputs validated by class-validator. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: true, whitelist: false },
  });
  return cached;
}

/** schema/schema.graphql: sorted, so the committed file changes only when the API does. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
