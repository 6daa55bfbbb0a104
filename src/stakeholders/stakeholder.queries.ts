import { cypher } from '../db/cypher-catalog';
import type { CommunityNode } from '../communities/community.node';
import type { MemberRole, Sector } from '../domain/enums';
import type { StakeholderNode } from './stakeholder.node';

/** Values of the projected properties, in the order the query was given them (src/db/projection.ts). */
type Values = unknown[];

/**
 * A stakeholder of a page as positional lists, with the nested levels list-stakeholders fetched when
 * asked to: each membership is [role, partnership, members], each member [role, stakeholder].
 */
export interface StakeholderPageRow {
  key: string;
  node: Values;
  memberships: [MemberRole, Values, [MemberRole, Values][]][];
}

/** summarize-stakeholders.cypher: the total and the groups asked for (the others empty). */
export interface StakeholderSummaryRow {
  total: number;
  bySector: { sector: Sector; count: number }[];
  byCommunity: { community: CommunityNode; count: number }[];
  byType: { type: string | null; count: number }[];
}

/** Every query of the stakeholders feature (cypher/stakeholders/), with the row each returns. */
export const stakeholderQueries = {
  getByIds: cypher<{ key: string; node: StakeholderNode }>('stakeholders/get-stakeholders-by-ids'),
  getOfCommunities: cypher<{ key: string; nodes: StakeholderNode[] }>(
    'stakeholders/get-stakeholders-of-communities',
  ),
  getPartners: cypher<{ id: string; asOf: string | null; nodes: StakeholderNode[] }>(
    'stakeholders/get-partners-of-stakeholders',
  ),
  list: cypher<StakeholderPageRow>('stakeholders/list-stakeholders'),
  summarize: cypher<StakeholderSummaryRow>('stakeholders/summarize-stakeholders'),
  findMissing: cypher<{ missing: string[] }>('stakeholders/find-missing-stakeholders'),
  create: cypher<{ node: StakeholderNode }>('stakeholders/create-stakeholder'),
  update: cypher<{ node: StakeholderNode }>('stakeholders/update-stakeholder'),
  delete: cypher<{ removedMemberships: number }>('stakeholders/delete-stakeholder'),
};
