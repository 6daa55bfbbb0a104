import type DataLoader from 'dataloader';
import { listKey, type ListKey } from '../db/paging';
import { byId, keyedLoader } from '../graphql/batch';
import type { Services } from '../services';
import type { Stakeholder } from './stakeholder.type';

export interface StakeholderLoaders {
  /** Stakeholder by id; null when absent. */
  stakeholder: DataLoader<string, Stakeholder | null, string>;
  /** A community's first stakeholders by name, by community id and cap. */
  stakeholdersOfCommunity: DataLoader<ListKey, Stakeholder[], string>;
  /** A stakeholder's first partners (co-members) by name, by stakeholder id, cap and optional date. */
  partnersOfStakeholder: DataLoader<ListKey, Stakeholder[], string>;
}

export function createStakeholderLoaders(services: Services): StakeholderLoaders {
  const { stakeholders } = services;
  return {
    stakeholder: keyedLoader((ids) => stakeholders.byIds(ids), byId, null),
    stakeholdersOfCommunity: keyedLoader((keys) => stakeholders.ofCommunities(keys), listKey, []),
    partnersOfStakeholder: keyedLoader((keys) => stakeholders.partnersOf(keys), listKey, []),
  };
}
