import type DataLoader from 'dataloader';
import { listKey, type ListKey } from '../db/paging';
import { byId, keyedLoader } from '../graphql/batch';
import type { Services } from '../services';
import type { Community } from './community.type';

export interface CommunityLoaders {
  /** Community by id; null when absent. */
  community: DataLoader<string, Community | null, string>;
  /** A region's first communities by name, by region id and cap. */
  communitiesOfRegion: DataLoader<ListKey, Community[], string>;
  /** The community a stakeholder is based in, by stakeholder id. */
  communityOfStakeholder: DataLoader<string, Community | null, string>;
}

export function createCommunityLoaders(services: Services): CommunityLoaders {
  const { communities } = services;
  return {
    community: keyedLoader((ids) => communities.byIds(ids), byId, null),
    communitiesOfRegion: keyedLoader((keys) => communities.ofRegions(keys), listKey, []),
    communityOfStakeholder: keyedLoader((ids) => communities.ofStakeholders(ids), byId, null),
  };
}
