import DataLoader from 'dataloader';
import { inKeyOrder } from '../graphql/batch';
import type { Services } from '../services';
import type { Community } from './community.type';

export interface CommunityLoaders {
  /** Community by id; null when absent. */
  community: DataLoader<string, Community | null>;
  /** A region's communities by name, by region id. */
  communitiesOfRegion: DataLoader<string, Community[]>;
  /** The community a stakeholder is based in, by stakeholder id. */
  communityOfStakeholder: DataLoader<string, Community | null>;
}

export function createCommunityLoaders(services: Services): CommunityLoaders {
  const same = (id: string): string => id;
  return {
    community: new DataLoader(async (ids) =>
      inKeyOrder(ids, await services.communities.byIds(ids), same, null),
    ),
    communitiesOfRegion: new DataLoader(async (ids) =>
      inKeyOrder(ids, await services.communities.ofRegions(ids), same, []),
    ),
    communityOfStakeholder: new DataLoader(async (ids) =>
      inKeyOrder(ids, await services.communities.ofStakeholders(ids), same, null),
    ),
  };
}
