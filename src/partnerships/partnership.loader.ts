import DataLoader from 'dataloader';
import { datedKey, inKeyOrder, type DatedKey } from '../graphql/batch';
import type { Services } from '../services';
import type { Membership, Partnership } from './partnership.type';

export interface PartnershipLoaders {
  /** Partnership by id; null when absent. */
  partnership: DataLoader<string, Partnership | null>;
  /** A stakeholder's memberships, by stakeholder id and optional date. */
  membershipsOfStakeholder: DataLoader<DatedKey, Membership[], string>;
  /** A partnership's memberships, by partnership id. */
  membersOfPartnership: DataLoader<string, Membership[]>;
}

export function createPartnershipLoaders(services: Services): PartnershipLoaders {
  const same = (id: string): string => id;
  return {
    partnership: new DataLoader(async (ids) =>
      inKeyOrder(ids, await services.partnerships.byIds(ids), same, null),
    ),
    membershipsOfStakeholder: new DataLoader(
      async (keys) => inKeyOrder(keys, await services.partnerships.membershipsOf(keys), datedKey, []),
      { cacheKeyFn: datedKey },
    ),
    membersOfPartnership: new DataLoader(async (ids) =>
      inKeyOrder(ids, await services.partnerships.membersOf(ids), same, []),
    ),
  };
}
