import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { LimitsConfig } from '../config';

/**
 * Operation limits, checked before anything runs: depth, aliases and directives by graphql-armor's
 * validation rules, tokens by graphql-js's own parser, and the objects an operation could produce by
 * the estimate below (after variables are coerced, before any database work). A last guard counts
 * the objects of the answer before it is sent. Over a limit the client gets HTTP 400 with a message
 * naming the limit, never a 5xx. Introspection is exempt from depth and the object estimate.
 */
export interface OperationLimits {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  plugins: ApolloServerPlugin[];
}

/**
 * How many items a list field without a size argument is assumed to hold. Lists whose size the
 * schema fixes are listed in KNOWN_LIST_SIZES; every other one counts as this many.
 */
export const ASSUMED_LIST_SIZE = 100;

/** Lists of a size fixed by the domain (7 sectors: 21 cross-sector pairs, 28 pairs a ≤ b). */
const KNOWN_LIST_SIZES: Readonly<Record<string, number>> = {
  'Community.gaps': 21,
  'Region.gaps': 21,
  'Community.sectorMatrix': 28,
  'Region.sectorMatrix': 28,
  'PartnerGraphProfile.sectorCounts': 7,
  'SectorDominance.sectors': 7,
};

/**
 * What one analysis field costs on top of the objects it returns, in objects: it reads the scope's
 * whole partner graph (a 2,000-stakeholder community is about 10,000 memberships) and computes over
 * it. Fields of one request share that read, so this counts each as if alone (an upper bound).
 */
export const ANALYSIS_WEIGHT: Readonly<Record<string, number>> = { Community: 2_000, Region: 10_000 };

/** Objects delivered inside their parent's row (a membership's stakeholder and partnership, an edge's node). */
const isEmbedded = (parent: string, field: string): boolean =>
  parent === 'Membership' || (parent.endsWith('Edge') && field === 'node');

const asCount = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : null;

/**
 * The objects a field could produce: 1 for each object it returns (0 for scalars and embedded
 * objects), times its effective size (`first` or `limit` as given, after variables, else its default;
 * a connection's `first` multiplies its edges and nodes), plus the weight of an analysis field.
 */
export const objectEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const coordinate = `${type.name}.${field.name}`;
  const own = isCompositeType(getNamedType(field.type)) && !isEmbedded(type.name, field.name) ? 1 : 0;
  const sized = asCount(args.first) ?? asCount(args.limit);
  // A range longer than trend allows (50 years) is refused by its validation, with its own message.
  const range = (asCount(args.toYear) ?? 0) - (asCount(args.fromYear) ?? 0) + 1;
  const years = field.name === 'trend' ? (range >= 1 && range <= 50 ? range : 1) : null;
  let size = 1;
  if (isListType(getNullableType(field.type))) {
    // A connection's `first` already multiplies its edges and nodes.
    size = type.name.endsWith('Connection')
      ? 1
      : (sized ?? years ?? KNOWN_LIST_SIZES[coordinate] ?? ASSUMED_LIST_SIZE);
  } else if (sized !== null) {
    size = sized;
  }
  const isAnalysis = field.args.some((arg) => arg.name === 'asOf') || field.name === 'trend';
  const weight = isAnalysis ? (ANALYSIS_WEIGHT[type.name] ?? 0) * (years ?? 1) : 0;
  return weight + size * (own + childComplexity);
};

/** armor prefixes its messages with "Syntax Error:", which they are not; report them plainly. */
const report = (context: { reportError(error: GraphQLError): void } | null, error: GraphQLError): void => {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    }),
  );
};

/** Refuses, before execution, an operation that could produce more than `maxObjects` objects. */
export function objectBudgetPlugin(maxObjects: number): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ request, document, schema, operationName }) => {
          let estimate: number;
          try {
            estimate = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
              estimators: [objectEstimator],
            });
          } catch (error) {
            // Variables that do not fit their types: execution refuses them next, with its own message.
            if (error instanceof GraphQLError) return Promise.resolve();
            throw error;
          }
          if (estimate > maxObjects) {
            throw new GraphQLError(
              `the operation could produce up to ${estimate} objects, more than the limit of ${maxObjects} (GRAPHQL_MAX_OBJECTS); ask for fewer items with \`first\`/\`limit\` or fewer nested lists`,
              {
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  limit: maxObjects,
                  estimate,
                  http: { status: 400 },
                },
              },
            );
          }
          return Promise.resolve();
        },
      }),
  };
}

/** Objects (non-null maps) in an answer, stopping as soon as the count passes `stopAfter`. */
export function countObjects(value: unknown, stopAfter: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= stopAfter) {
    const next = stack.pop();
    if (Array.isArray(next)) for (const item of next as readonly unknown[]) stack.push(item);
    else if (next !== null && typeof next === 'object') {
      count += 1;
      for (const item of Object.values(next as Record<string, unknown>)) stack.push(item);
    }
  }
  return count;
}

/**
 * The last line: an answer holding more than `maxObjects` objects is replaced by an error before it
 * is serialised, whatever the estimate said (a list longer than the estimate assumed, say).
 */
export function responseGuardPlugin(maxObjects: number): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (response.body.kind !== 'single') return Promise.resolve();
          const data = response.body.singleResult.data;
          if (data == null || countObjects(data, maxObjects) <= maxObjects) return Promise.resolve();
          response.body.singleResult = {
            errors: [
              {
                message: `the answer holds more than ${maxObjects} objects (GRAPHQL_MAX_RESPONSE_OBJECTS) and was not sent; ask for fewer items with \`first\`/\`limit\``,
                extensions: { code: 'RESPONSE_TOO_LARGE', limit: maxObjects },
              },
            ],
          };
          response.http.status = 400;
          return Promise.resolve();
        },
      }),
  };
}

export function operationLimits(limits: LimitsConfig): OperationLimits {
  const rejection = { propagateOnRejection: false, onReject: [report] };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...rejection },
    // armor's cost sees neither variables nor list sizes; objectBudgetPlugin estimates instead.
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases, ...rejection },
    maxDirectives: { n: limits.maxDirectives, ...rejection },
    // Tokens are counted by graphql-js's parser below; suggestions are Apollo's option.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return {
    validationRules: armor.protect().validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [objectBudgetPlugin(limits.maxObjects), responseGuardPlugin(limits.maxResponseObjects)],
  };
}
