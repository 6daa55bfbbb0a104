import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  print,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type SelectionSetNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { LimitsConfig } from '../config';
import { PartnershipKind, Sector } from '../domain/enums';

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
  // Summary groups of closed sets: 7 sectors, 6 partnership kinds (the open ones, by community,
  // type and year, count as ASSUMED_LIST_SIZE).
  'StakeholderSummary.bySector': Object.keys(Sector).length,
  'PartnershipSummary.bySector': Object.keys(Sector).length,
  'PartnershipSummary.byKind': Object.keys(PartnershipKind).length,
};

/**
 * What a summary costs on top of the groups it returns, in objects: it reads every item its filters
 * match, in the database (one grouped query), as a page of 100 items with ten nested objects each would.
 */
export const SUMMARY_WEIGHT: Readonly<Record<string, number>> = {
  'Query.stakeholdersSummary': 1_000,
  'Query.partnershipsSummary': 1_000,
};

/**
 * What one analysis field costs on top of the objects it returns, in objects: it reads the scope's
 * whole partner graph (a 2,000-stakeholder community is about 10,000 memberships) and computes over
 * it. Fields of one scope at one date share that read (counted once); a trend reads its range once
 * and analyses each year-end in memory, so it weighs one read too.
 */
export const ANALYSIS_WEIGHT: Readonly<Record<string, number>> = { Community: 2_000, Region: 10_000 };

/**
 * Lists of a region's own communities: they partition the region's graph, so however many there are,
 * the analyses beneath them together read what one analysis of the region reads. Their analysis
 * weights count as this many communities (the region weight over the community weight: five).
 */
const REGION_PARTS: ReadonlySet<string> = new Set(['Region.communities', 'Region.communityComparison']);
const REGION_SHARE = ANALYSIS_WEIGHT.Region! / ANALYSIS_WEIGHT.Community!;

/** Objects delivered inside their parent's row (a membership's stakeholder and partnership, an edge's node). */
const isEmbedded = (parent: string, field: string): boolean =>
  parent === 'Membership' || (parent.endsWith('Edge') && field === 'node');

const asCount = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : null;

/** How many items a field yields: `first` after variables, a trend's years, else the defaults. */
function sizeOf({ type, field, args }: Parameters<ComplexityEstimator>[0]): number {
  const sized = asCount(args.first);
  // A range longer than trend allows (50 years) is refused by its validation, with its own message.
  const range = (asCount(args.toYear) ?? 0) - (asCount(args.fromYear) ?? 0) + 1;
  const years = field.name === 'trend' ? (range >= 1 && range <= 50 ? range : 1) : null;
  if (!isListType(getNullableType(field.type))) return sized ?? 1;
  // A connection's `first` already multiplies its edges and nodes.
  if (type.name.endsWith('Connection')) return 1;
  return sized ?? years ?? KNOWN_LIST_SIZES[`${type.name}.${field.name}`] ?? ASSUMED_LIST_SIZE;
}

const isAnalysis = (field: GraphQLField<unknown, unknown>): boolean =>
  field.args.some((arg) => arg.name === 'asOf') || field.name === 'trend';

const isIntrospection = (options: Parameters<ComplexityEstimator>[0]): boolean =>
  options.type.name.startsWith('__') || options.field.name.startsWith('__');

/**
 * The objects a field could produce: 1 for each object it returns (0 for scalars and embedded
 * objects), times its effective size (`first` as given, after variables, else its default;
 * a connection's `first` multiplies its edges and nodes), plus SUMMARY_WEIGHT for a summary. An analysis answers from its scope's graph,
 * so however its rows nest (needs × asset holders × assets), it counts at most its weight in objects.
 */
export const objectEstimator: ComplexityEstimator = (options) => {
  if (isIntrospection(options)) return 0;
  const { type, field, childComplexity } = options;
  const own = isCompositeType(getNamedType(field.type)) && !isEmbedded(type.name, field.name) ? 1 : 0;
  const objects = sizeOf(options) * (own + childComplexity);
  const bound = isAnalysis(field) ? ANALYSIS_WEIGHT[type.name] : undefined;
  if (bound !== undefined) return Math.min(objects, bound);
  return objects + (SUMMARY_WEIGHT[`${type.name}.${field.name}`] ?? 0);
};

/**
 * The analysis reads a scope object's selection asks for: analyses of one scope at one date share a
 * read (the request's analytics session caches them), so `profile`, `gaps` and `brokers` at the same
 * `asOf` are one read and a second date is another; each trend range is one read of its own.
 */
function analysisReads(
  scope: GraphQLObjectType,
  selections: SelectionSetNode | undefined,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  reads = new Set<string>(),
): Set<string> {
  for (const selection of selections?.selections ?? []) {
    if (selection.kind === Kind.INLINE_FRAGMENT)
      analysisReads(scope, selection.selectionSet, fragments, reads);
    else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      analysisReads(scope, fragments[selection.name.value]?.selectionSet, fragments, reads);
    } else {
      const field = scope.getFields()[selection.name.value];
      if (!field || !isAnalysis(field)) continue;
      const argument = (name: string): string => {
        const given = selection.arguments?.find((arg) => arg.name.value === name);
        return given ? print(given.value) : 'default';
      };
      reads.add(
        field.name === 'trend'
          ? `trend ${argument('fromYear')}–${argument('toYear')}`
          : `asOf ${argument('asOf')}`,
      );
    }
  }
  return reads;
}

/**
 * The analysis work of a field: for each community or region object it returns, the scope's weight
 * per distinct read its selection asks for (see analysisReads), plus the work beneath, times its size
 * (a region's communities count as REGION_SHARE of them, whatever their number).
 */
export const analysisEstimator: ComplexityEstimator = (options) => {
  if (isIntrospection(options)) return 0;
  const { type, field, node, childComplexity, context } = options;
  const scope = getNamedType(field.type);
  const scopeWeight = ANALYSIS_WEIGHT[scope.name];
  const reads =
    scopeWeight !== undefined && isObjectType(scope)
      ? analysisReads(scope, node.selectionSet, (context?.fragments ?? {}) as FragmentMap).size
      : 0;
  const own = (scopeWeight ?? 0) * reads + childComplexity;
  if (own === 0) return 0;
  return (REGION_PARTS.has(`${type.name}.${field.name}`) ? REGION_SHARE : sizeOf(options)) * own;
};

type FragmentMap = Readonly<Record<string, FragmentDefinitionNode>>;

/** What an operation could cost, in objects: the objects it could produce plus its analysis work. */
export function estimateOperation(options: {
  schema: GraphQLSchema;
  query: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
}): number {
  const fragments = Object.fromEntries(
    options.query.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const run = (estimator: ComplexityEstimator): number =>
    getComplexity({
      ...options,
      variables: options.variables ?? {},
      estimators: [estimator],
      context: { fragments },
    });
  return run(objectEstimator) + run(analysisEstimator);
}

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
            estimate = estimateOperation({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
            });
          } catch (error) {
            // Variables that do not fit their types: execution refuses them next, with its own message.
            if (error instanceof GraphQLError) return Promise.resolve();
            throw error;
          }
          if (estimate > maxObjects) {
            throw new GraphQLError(
              `the operation could produce up to ${estimate} objects, more than the limit of ${maxObjects} (GRAPHQL_MAX_OBJECTS); ask for fewer items with \`first\` or fewer nested lists`,
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
    if (next === null || typeof next !== 'object') continue;
    if (Array.isArray(next)) {
      for (const item of next as readonly unknown[])
        if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    count += 1;
    const map = next as Record<string, unknown>;
    // for…in with no array of values: this walks every answer, ~15,000 objects for a dashboard page.
    for (const key in map) {
      const item = map[key];
      if (item !== null && typeof item === 'object') stack.push(item);
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
                message: `the answer holds more than ${maxObjects} objects (GRAPHQL_MAX_RESPONSE_OBJECTS) and was not sent; ask for fewer items with \`first\``,
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
