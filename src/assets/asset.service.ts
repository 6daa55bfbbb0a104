import type { CypherCatalog, Loaded } from '../db/cypher-catalog';
import {
  pageParams,
  readChildLists,
  readPage,
  type Keyed,
  type ListKey,
  type PageRequest,
  type PageResult,
} from '../db/paging';
import { LEAVES_BASE, type QueryRunner } from '../db/query-runner';
import type { AssetKind } from '../domain/enums';
import { generateId } from '../domain/ids';
import { themeKey } from '../domain/themes';
import { presentFields } from '../domain/validation';
import { stakeholderNotFound } from '../stakeholders/stakeholder.node';
import { stakeholderQueries } from '../stakeholders/stakeholder.queries';
import type { CreateAssetInput, UpdateAssetInput } from './asset.input';
import { assetNotFound, themeKeys, toAsset } from './asset.node';
import { assetQueries } from './asset.queries';
import type { Asset, DeleteAssetPayload } from './asset.type';

export interface AssetFilter {
  stakeholderId?: string | null;
  communityId?: string | null;
  communityIds?: readonly string[] | null;
  regionId?: string | null;
  regionIds?: readonly string[] | null;
  kind?: AssetKind | null;
  kinds?: readonly AssetKind[] | null;
  theme?: string | null;
  search?: string | null;
}

export class AssetService {
  private readonly q: Loaded<typeof assetQueries>;
  private readonly getStakeholders: Loaded<typeof stakeholderQueries>['getByIds'];

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.q = catalog.requireAll(assetQueries);
    this.getStakeholders = catalog.require(stakeholderQueries.getByIds);
  }

  async byIds(ids: readonly string[]): Promise<Keyed<Asset>[]> {
    const rows = await this.runner.read(this.q.getByIds, { ids });
    return rows.map((row) => ({ key: row.key, value: toAsset(row.node, row.stakeholderId) }));
  }

  /** Each stakeholder's first assets by name, keyed by `listKey`. */
  async ofStakeholders(keys: readonly ListKey[]): Promise<Keyed<Asset[]>[]> {
    return readChildLists(
      keys,
      (params) => this.runner.read(this.q.getOfStakeholders, params),
      (row) => row.nodes.map((node) => toAsset(node, row.key)),
    );
  }

  list(filter: AssetFilter, page: PageRequest): Promise<PageResult<Asset>> {
    const filters = {
      stakeholderId: filter.stakeholderId ?? null,
      communityId: filter.communityId ?? null,
      communityIds: filter.communityIds ?? null,
      regionId: filter.regionId ?? null,
      regionIds: filter.regionIds ?? null,
      kind: filter.kind ?? null,
      kinds: filter.kinds ?? null,
      themeKey: filter.theme == null ? null : themeKey(filter.theme),
      search: filter.search ?? null,
    };
    return readPage(
      page,
      async () =>
        (await this.runner.read(this.q.list, { ...filters, ...pageParams(page) })).map((row) => ({
          key: row.key,
          node: toAsset(row.node, row.stakeholderId),
        })),
      async () => (await this.runner.read(this.q.count, filters))[0]?.totalCount ?? 0,
      (asset) => asset,
    );
  }

  async create(input: CreateAssetInput): Promise<Asset> {
    const [row] = await this.runner.write(
      this.q.create,
      {
        id: input.id ?? generateId(input.name, 'asset'),
        name: input.name,
        kind: input.kind,
        themes: input.themes,
        themeKeys: themeKeys(input.themes),
        description: input.description ?? null,
        stakeholderId: input.stakeholderId,
      },
      LEAVES_BASE,
    );
    if (!row) throw stakeholderNotFound(input.stakeholderId);
    return toAsset(row.node, row.stakeholderId);
  }

  async update(id: string, input: UpdateAssetInput): Promise<Asset> {
    return this.runner.writeTransaction(async (tx) => {
      if (input.stakeholderId != null) {
        const found = await tx.run(this.getStakeholders, { ids: [input.stakeholderId] });
        if (found.length === 0) throw stakeholderNotFound(input.stakeholderId);
      }
      const changes: Record<string, unknown> = presentFields(input, [
        'name',
        'kind',
        'themes',
        'description',
      ]);
      if (input.themes !== undefined) changes.themeKeys = themeKeys(input.themes);
      const [row] = await tx.run(this.q.update, {
        id,
        changes,
        stakeholderId: input.stakeholderId ?? null,
      });
      if (!row) throw assetNotFound(id);
      return toAsset(row.node, row.stakeholderId);
    }, LEAVES_BASE);
  }

  async delete(id: string): Promise<DeleteAssetPayload> {
    const [row] = await this.runner.write(this.q.delete, { id }, LEAVES_BASE);
    if (!row) throw assetNotFound(id);
    return { deletedId: id };
  }
}
