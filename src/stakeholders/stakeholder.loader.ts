import DataLoader from 'dataloader';
import { datedKey, inKeyOrder, type DatedKey } from '../graphql/batch';
import type { Services } from '../services';
import type { Stakeholder } from './stakeholder.type';

export interface StakeholderLoaders {
  /** Stakeholder by id; null when absent. */
  stakeholder: DataLoader<string, Stakeholder | null>;
  /** A community's stakeholders by name, by community id. */
  stakeholdersOfCommunity: DataLoader<string, Stakeholder[]>;
  /** A stakeholder's partners (co-members), by stakeholder id and optional date. */
  partnersOfStakeholder: DataLoader<DatedKey, Stakeholder[], string>;
}

export function createStakeholderLoaders(services: Services): StakeholderLoaders {
  const same = (id: string): string => id;
  return {
    stakeholder: new DataLoader(async (ids) =>
      inKeyOrder(ids, await services.stakeholders.byIds(ids), same, null),
    ),
    stakeholdersOfCommunity: new DataLoader(async (ids) =>
      inKeyOrder(ids, await services.stakeholders.ofCommunities(ids), same, []),
    ),
    partnersOfStakeholder: new DataLoader(
      async (keys) => inKeyOrder(keys, await services.stakeholders.partnersOf(keys), datedKey, []),
      { cacheKeyFn: datedKey },
    ),
  };
}
