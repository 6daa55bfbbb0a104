/**
 * DataLoader batch functions must answer in key order; Cypher's UNWIND … collect() does not promise
 * an order, so rows are matched back to their keys here.
 */
export function inKeyOrder<K, V>(
  keys: readonly K[],
  rows: readonly { key: string; value: V }[],
  keyOf: (key: K) => string,
  missing: V,
): V[] {
  const byKey = new Map(rows.map((row) => [row.key, row.value]));
  return keys.map((key) => byKey.get(keyOf(key)) ?? missing);
}

/** A loader key for fields that take an optional date (`asOf`): the id plus that date. */
export interface DatedKey {
  id: string;
  asOf: string | null;
}

export function datedKey(key: DatedKey): string {
  return `${key.id}@${key.asOf ?? ''}`;
}
