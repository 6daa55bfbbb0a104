import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * Look-ahead into the selection set of the field being resolved, with fragments merged, aliases
 * resolved and arguments coerced (variables and defaults applied) by graphql-parse-resolve-info.
 */
export function lookAhead(info: GraphQLResolveInfo): ResolveTree | null {
  const tree = parseResolveInfo(info);
  return tree && 'fieldsByTypeName' in tree ? (tree as ResolveTree) : null;
}

/** The selections of `fieldName` (under any alias) on `typeName` below `tree`. */
export function selectionsOf(tree: ResolveTree | null, typeName: string, fieldName: string): ResolveTree[] {
  const fields = tree?.fieldsByTypeName[typeName] ?? {};
  return Object.values(fields).filter((field) => field.name === fieldName);
}

/** The field names selected directly on the resolved field's own type (aliases resolved). */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const tree = lookAhead(info);
  const names = new Set<string>();
  for (const fields of Object.values(tree?.fieldsByTypeName ?? {})) {
    for (const field of Object.values(fields)) names.add(field.name);
  }
  return names;
}

/**
 * The one set of arguments every selection of a field was given, or null when there are none or
 * they differ (aliases with other arguments): a prefetch is only right when all agree.
 */
export function agreedArgs(selections: ResolveTree[]): Record<string, unknown> | null {
  const [first, ...rest] = selections;
  if (!first) return null;
  const text = JSON.stringify(first.args);
  return rest.every((other) => JSON.stringify(other.args) === text) ? first.args : null;
}

/**
 * Every field name selected on `typeName` anywhere below `tree` (all levels, all aliases): what an
 * object of that type fetched for this selection may be asked for.
 */
export function fieldsSelectedOn(tree: ResolveTree | null, typeName: string): Set<string> {
  const names = new Set<string>();
  const pending: ResolveTree[] = tree ? [tree] : [];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const [type, fields] of Object.entries(next.fieldsByTypeName)) {
      for (const field of Object.values(fields)) {
        if (type === typeName) names.add(field.name);
        pending.push(field);
      }
    }
  }
  return names;
}
