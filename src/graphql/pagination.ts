import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { BadUserInputError } from '../errors';

/** The largest page a list returns; larger `first` values are refused rather than silently cut. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

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

/** Where a page starts: after the row with this sort key and id (keyset pagination). */
export interface PagePosition {
  key: string;
  id: string;
}

/** What a list query needs: how many rows and after which one, in which direction. */
export interface PageRequest {
  first: number;
  after: PagePosition | null;
  /** The ordering the cursor belongs to, e.g. 'NAME_ASC'; a cursor from another ordering is refused. */
  order: string;
}

/** A list query's answer: the total under the filters, and up to first + 1 rows after the cursor. */
export interface PageResult<T> {
  totalCount: number;
  rows: { node: T; key: string }[];
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

export function pageRequest(args: PageArgs, order: string): PageRequest {
  return {
    first: args.first,
    after: args.after == null ? null : decodeCursor(args.after, order),
    order,
  };
}

/**
 * The parameters every paged .cypher file takes: `$limit` is one more than asked, to see a next page;
 * `$descending` follows the ordering's suffix ('NAME_DESC').
 */
export function pageParams(page: PageRequest): {
  limit: number;
  after: PagePosition | null;
  descending: boolean;
} {
  return { limit: page.first + 1, after: page.after, descending: page.order.endsWith('_DESC') };
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
    totalCount: result.totalCount,
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
