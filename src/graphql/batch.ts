import DataLoader from 'dataloader';
import type { Keyed } from '../db/paging';

/**
 * The one way the features build per-request DataLoaders: `fetch` runs one batched (UNWIND) query
 * for all keys of a tick and answers (key string, value) pairs in any order; they are matched back to
 * the keys here, in key order, with `missing` for keys the query had no row for.
 */
export function keyedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<Keyed<V>[]>,
  keyOf: (key: K) => string,
  missing: V,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const byKey = new Map((await fetch(keys)).map((row) => [row.key, row.value]));
      return keys.map((key) => byKey.get(keyOf(key)) ?? missing);
    },
    { cacheKeyFn: keyOf },
  );
}

/** The key function of loaders keyed by a plain id. */
export const byId = (id: string): string => id;
