import DataLoader from 'dataloader';
import { inKeyOrder } from '../graphql/batch';
import type { Partnership } from '../partnerships/partnership.type';
import type { Services } from '../services';
import type { Need } from './need.type';

export interface NeedLoaders {
  /** Need by id; null when absent. */
  need: DataLoader<string, Need | null>;
  /** A community's needs by name, by community id. */
  needsOfCommunity: DataLoader<string, Need[]>;
  /** The needs a partnership addresses, by partnership id. */
  needsOfPartnership: DataLoader<string, Need[]>;
  /** The partnerships addressing a need, by need id. */
  partnershipsAddressingNeed: DataLoader<string, Partnership[]>;
}

export function createNeedLoaders(services: Services): NeedLoaders {
  const same = (id: string): string => id;
  return {
    need: new DataLoader(async (ids) => inKeyOrder(ids, await services.needs.byIds(ids), same, null)),
    needsOfCommunity: new DataLoader(async (ids) =>
      inKeyOrder(ids, await services.needs.ofCommunities(ids), same, []),
    ),
    needsOfPartnership: new DataLoader(async (ids) =>
      inKeyOrder(ids, await services.needs.ofPartnerships(ids), same, []),
    ),
    partnershipsAddressingNeed: new DataLoader(async (ids) =>
      inKeyOrder(ids, await services.needs.addressing(ids), same, []),
    ),
  };
}
