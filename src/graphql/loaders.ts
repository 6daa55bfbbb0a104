import { createCommunityLoaders, type CommunityLoaders } from '../communities/community.loader';
import { createPartnershipLoaders, type PartnershipLoaders } from '../partnerships/partnership.loader';
import { createRegionLoaders, type RegionLoaders } from '../regions/region.loader';
import { createAssetLoaders, type AssetLoaders } from '../assets/asset.loader';
import { createNeedLoaders, type NeedLoaders } from '../needs/need.loader';
import type { Services } from '../services';
import { createStakeholderLoaders, type StakeholderLoaders } from '../stakeholders/stakeholder.loader';

/** Per-request DataLoaders, created fresh for every request so nothing is cached across requests. */
export type Loaders = RegionLoaders &
  CommunityLoaders &
  StakeholderLoaders &
  PartnershipLoaders &
  NeedLoaders &
  AssetLoaders;

export function createLoaders(services: Services): Loaders {
  return {
    ...createRegionLoaders(services),
    ...createCommunityLoaders(services),
    ...createStakeholderLoaders(services),
    ...createPartnershipLoaders(services),
    ...createNeedLoaders(services),
    ...createAssetLoaders(services),
  };
}
