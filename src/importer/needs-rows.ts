import { themeKey } from '../domain/themes';
import type { AssetRecord, NeedRecord, RecordList } from '../network-document/network-document';

/**
 * The rows a batch of one list writes: needs and assets carry their normalised theme keys as well
 * (src/domain/themes.ts), so that list filters can compare them in Cypher; other records go as they are.
 */
export function rowsToWrite(list: RecordList, records: readonly object[]): object[] {
  if (list === 'needs') return (records as NeedRecord[]).map((n) => ({ ...n, themeKey: themeKey(n.theme) }));
  if (list === 'assets')
    return (records as AssetRecord[]).map((a) => ({
      ...a,
      themeKeys: [...new Set((a.themes ?? []).map(themeKey))],
    }));
  return [...records];
}
