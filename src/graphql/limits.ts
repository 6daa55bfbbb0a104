import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ParseOptions, type ValidationRule } from 'graphql';
import type { LimitsConfig } from '../config';

/**
 * Operation limits, checked before anything runs: depth, cost, aliases and directives by
 * graphql-armor's validation rules, tokens by graphql-js's own parser. Over a limit the client gets
 * HTTP 400 with GRAPHQL_VALIDATION_FAILED (or GRAPHQL_PARSE_FAILED for tokens) and a message naming
 * the limit, never a 5xx. Introspection is exempt from depth and cost (it is configured on its own).
 */
export interface OperationLimits {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/** armor prefixes its messages with "Syntax Error:", which they are not; report them plainly. */
const report = (context: { reportError(error: GraphQLError): void } | null, error: GraphQLError): void => {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    }),
  );
};

export function operationLimits(limits: LimitsConfig): OperationLimits {
  const rejection = { propagateOnRejection: false, onReject: [report] };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...rejection },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, ...rejection },
    maxAliases: { n: limits.maxAliases, ...rejection },
    maxDirectives: { n: limits.maxDirectives, ...rejection },
    // Tokens are counted by graphql-js's parser below; suggestions are Apollo's option.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return {
    validationRules: armor.protect().validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
