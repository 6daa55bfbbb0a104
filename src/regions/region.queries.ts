import { cypher } from '../db/cypher-catalog';
import type { RegionNode } from './region.node';

/** Every query of the regions feature (cypher/regions/), with the row each returns. */
export const regionQueries = {
  getByIds: cypher<{ key: string; node: RegionNode }>('regions/get-regions-by-ids'),
  getOfCommunities: cypher<{ key: string; node: RegionNode }>('regions/get-regions-of-communities'),
  list: cypher<{ key: string; node: RegionNode }>('regions/list-regions'),
  count: cypher<{ totalCount: number }>('regions/count-regions'),
  create: cypher<{ node: RegionNode }>('regions/create-region'),
  update: cypher<{ node: RegionNode }>('regions/update-region'),
  lock: cypher<{ communities: number; stakeholders: number; memberships: number }>('regions/lock-region'),
  delete: cypher<Record<string, never>>('regions/delete-region'),
};
