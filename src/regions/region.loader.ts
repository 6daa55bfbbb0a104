import DataLoader from 'dataloader';
import { inKeyOrder } from '../graphql/batch';
import type { Services } from '../services';
import type { Region } from './region.type';

export interface RegionLoaders {
  /** Region by id; null when absent. */
  region: DataLoader<string, Region | null>;
  /** The region a community is part of, by community id. */
  regionOfCommunity: DataLoader<string, Region | null>;
}

export function createRegionLoaders(services: Services): RegionLoaders {
  const same = (id: string): string => id;
  return {
    region: new DataLoader(async (ids) => inKeyOrder(ids, await services.regions.byIds(ids), same, null)),
    regionOfCommunity: new DataLoader(async (ids) =>
      inKeyOrder(ids, await services.regions.ofCommunities(ids), same, null),
    ),
  };
}
