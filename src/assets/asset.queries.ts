import { cypher } from '../db/cypher-catalog';
import type { AssetNode } from './asset.node';

/** An asset with the id of the stakeholder offering it (null only for a dangling asset). */
interface AssetRow {
  node: AssetNode;
  stakeholderId: string | null;
}

/** Every query of the assets feature (cypher/assets/), with the row each returns. */
export const assetQueries = {
  getByIds: cypher<{ key: string } & AssetRow>('assets/get-assets-by-ids'),
  getOfStakeholders: cypher<{ key: string; nodes: AssetNode[] }>('assets/get-assets-of-stakeholders'),
  list: cypher<{ key: string } & AssetRow>('assets/list-assets'),
  count: cypher<{ totalCount: number }>('assets/count-assets'),
  create: cypher<{ node: AssetNode; stakeholderId: string }>('assets/create-asset'),
  update: cypher<AssetRow>('assets/update-asset'),
  delete: cypher<{ deleted: boolean }>('assets/delete-asset'),
};
