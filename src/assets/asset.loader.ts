import DataLoader from 'dataloader';
import { inKeyOrder } from '../graphql/batch';
import type { Services } from '../services';
import type { Asset } from './asset.type';

export interface AssetLoaders {
  /** Asset by id; null when absent. */
  asset: DataLoader<string, Asset | null>;
  /** A stakeholder's assets by name, by stakeholder id. */
  assetsOfStakeholder: DataLoader<string, Asset[]>;
}

export function createAssetLoaders(services: Services): AssetLoaders {
  const same = (id: string): string => id;
  return {
    asset: new DataLoader(async (ids) => inKeyOrder(ids, await services.assets.byIds(ids), same, null)),
    assetsOfStakeholder: new DataLoader(async (ids) =>
      inKeyOrder(ids, await services.assets.ofStakeholders(ids), same, []),
    ),
  };
}
