import { Max, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import type { PagePosition, PageRequest, PageResult } from '../db/paging';
import { BadUserInputError } from '../errors';
import { selectedFields } from './look-ahead';

/** The largest page a list returns; larger `first` values are refused rather than silently cut. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Nested lists (a stakeholder's partnerships, a partnership's members …) are capped the same way. */
export const DEFAULT_NESTED_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, 0 to ${MAX_PAGE_SIZE}.`,
  })
  @Min(0, { message: '$property must be at least 0' })
  @Max(MAX_PAGE_SIZE, { message: `$property must be at most ${MAX_PAGE_SIZE}; page with \`after\`` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, {
    nullable: true,
    description: 'The `endCursor` of the previous page; omit for the first page.',
  })
  after?: string | null;
}

/**
 * The hard cap of a nested list field: its first `first` items in its documented order. Nested lists
 * have no cursor; the top-level connections (`stakeholders(communityId:)`, `partnerships(memberId:)`,
 * `communities(regionId:)`) page through the rest.
 */
@ArgsType()
export class NestedListArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_NESTED_SIZE,
    description: `At most this many, 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_NESTED_SIZE}); the top-level lists page through more.`,
  })
  @Min(0, { message: '$property must be at least 0' })
  @Max(MAX_PAGE_SIZE, {
    message: `$property must be at most ${MAX_PAGE_SIZE}; page through the top-level list instead`,
  })
  first: number = DEFAULT_NESTED_SIZE;
}

const CURSOR_PREFIX = 'pg1:';

/** Opaque to clients: base64url of the ordering, the sort key and the id of the last row. */
export function encodeCursor(order: string, position: PagePosition): string {
  return Buffer.from(`${CURSOR_PREFIX}${JSON.stringify([order, position.key, position.id])}`).toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string, order: string): PagePosition {
  const refuse = (why: string): never => {
    throw new BadUserInputError(`after: ${why}; pass the endCursor of a previous page`, {
      fields: [{ field: 'after', problems: [why] }],
    });
  };
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) return refuse('not a cursor issued by this API');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(CURSOR_PREFIX.length));
  } catch {
    return refuse('not a cursor issued by this API');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    !parsed.every((part): part is string => typeof part === 'string')
  )
    return refuse('not a cursor issued by this API');
  const [cursorOrder, key, id] = parsed as [string, string, string];
  if (cursorOrder !== order) return refuse(`the cursor belongs to the ordering ${cursorOrder}, not ${order}`);
  return { key, id };
}

/** The page a connection field asks for; `totalCount` is counted only when the operation selects it. */
export function pageRequest(args: PageArgs, order: string, info: GraphQLResolveInfo): PageRequest {
  return {
    first: args.first,
    after: args.after == null ? null : decodeCursor(args.after, order),
    order,
    withTotal: selectedFields(info).has('totalCount'),
  };
}

@ObjectType({ description: 'Where a page ends and whether more follow.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type for one node type: `class XConnection extends Connection(X) {}`. */
export function Connection<T extends object>(nodeType: ClassType<T>) {
  @ObjectType(`${nodeType.name}Edge`, { description: `One ${nodeType.name} of a page, with its cursor.` })
  class Edge {
    @Field({
      description: 'Opaque position of this item in its ordering; pass as `after` to continue after it.',
    })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${nodeType.name} at this position.` })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], {
      description: 'The items of this page with their cursors, in the order asked for.',
    })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether more items follow, and the cursor to fetch them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filters, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

export function toConnection<T extends { id: string }>(
  result: PageResult<T>,
  page: PageRequest,
): ConnectionShape<T> {
  const rows = result.rows.slice(0, page.first);
  const edges = rows.map((row) => ({
    cursor: encodeCursor(page.order, { key: row.key, id: row.node.id }),
    node: row.node,
  }));
  return {
    edges,
    nodes: rows.map((row) => row.node),
    pageInfo: {
      hasNextPage: result.rows.length > page.first,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    // Only read when selected, and then counted (pageRequest looked at the selection).
    totalCount: result.totalCount ?? 0,
  };
}

/** The ordering of lists that sort by name only (case-insensitive, then by id). */
export enum NameOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}

registerEnumType(NameOrder, {
  name: 'NameOrder',
  description: 'By name (case-insensitive), then id.',
  valuesConfig: {
    NAME_ASC: { description: 'By name A to Z, case-insensitive, then id.' },
    NAME_DESC: { description: 'By name Z to A, case-insensitive, then id descending.' },
  },
});
