import type DataLoader from 'dataloader';
import { byId, keyedLoader } from '../graphql/batch';
import type { Services } from '../services';
import type { Region } from './region.type';

export interface RegionLoaders {
  /** Region by id; null when absent. */
  region: DataLoader<string, Region | null, string>;
  /** The region a community is part of, by community id. */
  regionOfCommunity: DataLoader<string, Region | null, string>;
}

export function createRegionLoaders(services: Services): RegionLoaders {
  const { regions } = services;
  return {
    region: keyedLoader((ids) => regions.byIds(ids), byId, null),
    regionOfCommunity: keyedLoader((ids) => regions.ofCommunities(ids), byId, null),
  };
}
