import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { resolvers } from './resolvers';
import { createArgsValidator } from './validate-args';

let cached: Promise<GraphQLSchema> | null = null;

/** The schema, built once per process from the resolver classes; arguments and inputs validated by class-validator (src/graphql/validate-args.ts). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    validateFn: createArgsValidator(),
  }).then(describeRootTypes);
  return cached;
}

/** type-graphql builds Query and Mutation with no way to describe them; they are described here. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query)
    query.description =
      'Reads: lookups by id, paged lists with filters, and the service info. The analyses are fields of Community and Region (docs/measures.md).';
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description =
      'Writes: create, update and delete every entity, partnership members, the needs a partnership addresses, and whole-network imports. Role EDITOR, except deleteCommunity and deleteRegion (ADMIN). Bad input is BAD_USER_INPUT naming every field, and changes nothing.';
  return schema;
}

/** schema/schema.graphql: sorted, so the committed file changes only when the API does. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
