import { cypher } from '../db/cypher-catalog';
import type { CommunityNode } from '../communities/community.node';
import type { MemberRole, PartnershipKind, Sector } from '../domain/enums';
import type { StakeholderNode } from '../stakeholders/stakeholder.node';
import type { MemberRow, PartnershipNode } from './partnership.node';

/** summarize-partnerships.cypher: the total and the groups asked for (the others empty). */
export interface PartnershipSummaryRow {
  total: number;
  byKind: { kind: PartnershipKind; count: number }[];
  byYear: { year: number | null; count: number }[];
  byCommunity: { community: CommunityNode; count: number }[];
  bySector: { sector: Sector; count: number }[];
}

/** Every query of the partnerships feature (cypher/partnerships/), with the row each returns. */
export const partnershipQueries = {
  getByIds: cypher<{ key: string; node: PartnershipNode }>('partnerships/get-partnerships-by-ids'),
  getMembershipsOfStakeholders: cypher<{
    id: string;
    asOf: string | null;
    stakeholder: StakeholderNode;
    memberships: { role: MemberRole; partnership: PartnershipNode }[];
  }>('partnerships/get-memberships-of-stakeholders'),
  getMembersOfPartnerships: cypher<{ key: string; partnership: PartnershipNode; members: MemberRow[] }>(
    'partnerships/get-members-of-partnerships',
  ),
  list: cypher<{ key: string; node: PartnershipNode }>('partnerships/list-partnerships'),
  summarize: cypher<PartnershipSummaryRow>('partnerships/summarize-partnerships'),
  create: cypher<{ node: PartnershipNode; members: number }>('partnerships/create-partnership'),
  lock: cypher<{ node: PartnershipNode }>('partnerships/lock-partnership'),
  update: cypher<{ node: PartnershipNode }>('partnerships/update-partnership'),
  addMember: cypher<{ node: PartnershipNode }>('partnerships/add-partnership-member'),
  removeMember: cypher<{ node: PartnershipNode; remaining: number }>(
    'partnerships/remove-partnership-member',
  ),
  delete: cypher<{ removedMemberships: number }>('partnerships/delete-partnership'),
};
