import type DataLoader from 'dataloader';
import { listKey, type ListKey } from '../db/paging';
import { byId, keyedLoader } from '../graphql/batch';
import type { Services } from '../services';
import type { Membership, Partnership } from './partnership.type';

export interface PartnershipLoaders {
  /** Partnership by id; null when absent. */
  partnership: DataLoader<string, Partnership | null, string>;
  /** A stakeholder's first memberships, by stakeholder id, cap and optional date. */
  membershipsOfStakeholder: DataLoader<ListKey, Membership[], string>;
  /** A partnership's first memberships, by partnership id and cap. */
  membersOfPartnership: DataLoader<ListKey, Membership[], string>;
}

export function createPartnershipLoaders(services: Services): PartnershipLoaders {
  const { partnerships } = services;
  return {
    partnership: keyedLoader((ids) => partnerships.byIds(ids), byId, null),
    membershipsOfStakeholder: keyedLoader((keys) => partnerships.membershipsOf(keys), listKey, []),
    membersOfPartnership: keyedLoader((keys) => partnerships.membersOf(keys), listKey, []),
  };
}
