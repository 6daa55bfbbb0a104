import { cypher } from '../db/cypher-catalog';
import type { CommunityNode } from './community.node';

/** Every query of the communities feature (cypher/communities/), with the row each returns. */
export const communityQueries = {
  getByIds: cypher<{ key: string; node: CommunityNode }>('communities/get-communities-by-ids'),
  getOfRegions: cypher<{ key: string; nodes: CommunityNode[] }>('communities/get-communities-of-regions'),
  getOfStakeholders: cypher<{ key: string; node: CommunityNode }>(
    'communities/get-communities-of-stakeholders',
  ),
  list: cypher<{ key: string; node: CommunityNode }>('communities/list-communities'),
  count: cypher<{ totalCount: number }>('communities/count-communities'),
  create: cypher<{ node: CommunityNode }>('communities/create-community'),
  update: cypher<{ node: CommunityNode }>('communities/update-community'),
  lock: cypher<{ stakeholders: number; memberships: number }>('communities/lock-community'),
  delete: cypher<Record<string, never>>('communities/delete-community'),
};
