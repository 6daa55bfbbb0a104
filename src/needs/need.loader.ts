import type DataLoader from 'dataloader';
import { listKey, type ListKey } from '../db/paging';
import { byId, keyedLoader } from '../graphql/batch';
import type { Partnership } from '../partnerships/partnership.type';
import type { Services } from '../services';
import type { Need } from './need.type';

export interface NeedLoaders {
  /** Need by id; null when absent. */
  need: DataLoader<string, Need | null, string>;
  /** A community's first needs by name, by community id and cap. */
  needsOfCommunity: DataLoader<ListKey, Need[], string>;
  /** The first needs a partnership addresses, by partnership id and cap. */
  needsOfPartnership: DataLoader<ListKey, Need[], string>;
  /** The first partnerships addressing a need, by need id and cap. */
  partnershipsAddressingNeed: DataLoader<ListKey, Partnership[], string>;
}

export function createNeedLoaders(services: Services): NeedLoaders {
  const { needs } = services;
  return {
    need: keyedLoader((ids) => needs.byIds(ids), byId, null),
    needsOfCommunity: keyedLoader((keys) => needs.ofCommunities(keys), listKey, []),
    needsOfPartnership: keyedLoader((keys) => needs.ofPartnerships(keys), listKey, []),
    partnershipsAddressingNeed: keyedLoader((keys) => needs.addressing(keys), listKey, []),
  };
}
