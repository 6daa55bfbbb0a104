import { cypher } from '../db/cypher-catalog';
import type { PartnershipNode } from '../partnerships/partnership.node';
import type { NeedNode } from './need.node';

/** A need with the id of the community that has it (null only for a dangling need). */
interface NeedRow {
  node: NeedNode;
  communityId: string | null;
}

/** Every query of the needs feature (cypher/needs/), with the row each returns. */
export const needQueries = {
  getByIds: cypher<{ key: string } & NeedRow>('needs/get-needs-by-ids'),
  getOfCommunities: cypher<{ key: string; nodes: NeedNode[] }>('needs/get-needs-of-communities'),
  getOfPartnerships: cypher<{ key: string; needs: NeedRow[] }>('needs/get-needs-of-partnerships'),
  getAddressing: cypher<{ key: string; nodes: PartnershipNode[] }>('needs/get-partnerships-addressing-needs'),
  list: cypher<{ key: string } & NeedRow>('needs/list-needs'),
  count: cypher<{ totalCount: number }>('needs/count-needs'),
  create: cypher<{ node: NeedNode; communityId: string }>('needs/create-need'),
  update: cypher<NeedRow>('needs/update-need'),
  delete: cypher<{ removedAddressing: number }>('needs/delete-need'),
  addAddressed: cypher<{ node: PartnershipNode | null; partnershipFound: boolean; needFound: boolean }>(
    'needs/add-addressed-need',
  ),
  removeAddressed: cypher<{ node: PartnershipNode | null; removed: number }>('needs/remove-addressed-need'),
};
