import type DataLoader from 'dataloader';
import { listKey, type ListKey } from '../db/paging';
import { byId, keyedLoader } from '../graphql/batch';
import type { Services } from '../services';
import type { Asset } from './asset.type';

export interface AssetLoaders {
  /** Asset by id; null when absent. */
  asset: DataLoader<string, Asset | null, string>;
  /** A stakeholder's first assets by name, by stakeholder id and cap. */
  assetsOfStakeholder: DataLoader<ListKey, Asset[], string>;
}

export function createAssetLoaders(services: Services): AssetLoaders {
  const { assets } = services;
  return {
    asset: keyedLoader((ids) => assets.byIds(ids), byId, null),
    assetsOfStakeholder: keyedLoader((keys) => assets.ofStakeholders(keys), listKey, []),
  };
}
