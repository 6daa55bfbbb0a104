/**
 * Paging as the services and their .cypher files see it. Cursors, page arguments and connection
 * types are the GraphQL layer's (src/graphql/pagination.ts); services only know these shapes.
 */

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
  /** Whether the caller selected `totalCount`; counting every match is skipped otherwise. */
  withTotal: boolean;
}

/** A list query's answer: up to first + 1 rows after the cursor, and the total when it was asked for. */
export interface PageResult<T> {
  totalCount: number | null;
  rows: { node: T; key: string }[];
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

/**
 * Runs a page query and, only when `totalCount` was selected, its count query, side by side.
 * `rows` maps a .cypher row ({node, key}) to the feature's type.
 */
export async function readPage<Node, T>(
  page: PageRequest,
  readRows: () => Promise<{ node: Node; key: string }[]>,
  readTotal: () => Promise<number>,
  toNode: (node: Node) => T,
): Promise<PageResult<T>> {
  const [rows, totalCount] = await Promise.all([
    readRows(),
    page.withTotal ? readTotal() : Promise.resolve(null),
  ]);
  return { totalCount, rows: rows.map((row) => ({ key: row.key, node: toNode(row.node) })) };
}

/** Nested lists carry a hard cap: the first `first` items after ordering, for one parent `id`. */
export interface ListKey {
  id: string;
  first: number;
  /** For lists filtered by a date (`asOf`); null = no date filter. */
  asOf?: string | null;
}

/** One string per distinct key, for DataLoader caches and for matching rows back to keys. */
export function listKey(key: ListKey): string {
  return `${key.id}@${key.asOf ?? ''}#${key.first}`;
}

/**
 * Runs a batched nested-list read once per distinct `first` among the batch's keys (usually one), so
 * `LIMIT $first` stays a parameter, and joins the answers.
 */
export async function perCap<K extends { first: number }, V>(
  keys: readonly K[],
  read: (group: K[], first: number) => Promise<Keyed<V>[]>,
): Promise<Keyed<V>[]> {
  const groups = new Map<number, K[]>();
  for (const key of keys) {
    const group = groups.get(key.first);
    if (group) group.push(key);
    else groups.set(key.first, [key]);
  }
  const answers = await Promise.all([...groups].map(([first, group]) => read(group, first)));
  return answers.flat();
}

/**
 * A batched nested-list read by parent id: `read` gets the ids and the cap (once per distinct
 * `first`), and each row's value is keyed by `listKey` of its parent id (the row's `key`) and cap.
 */
export function readChildLists<Row extends { key: string }, V>(
  keys: readonly ListKey[],
  read: (params: { ids: string[]; first: number }) => Promise<Row[]>,
  toValue: (row: Row) => V,
): Promise<Keyed<V>[]> {
  return perCap(keys, async (group, first) =>
    (await read({ ids: group.map((key) => key.id), first })).map((row) => ({
      key: listKey({ id: row.key, first }),
      value: toValue(row),
    })),
  );
}

/** A batched read's answer for one key: DataLoader matches `key` back to the key it was asked for. */
export interface Keyed<V> {
  key: string;
  value: V;
}
