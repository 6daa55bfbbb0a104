import type { CypherCatalog, Query } from '../db/cypher-catalog';
import type { QueryRunner } from '../db/query-runner';
import type { AssetKind } from '../domain/enums';
import { generateId } from '../domain/ids';
import { themeKey } from '../domain/themes';
import { presentFields } from '../domain/validation';
import { NotFoundError } from '../errors';
import { pageParams, type PageRequest, type PageResult } from '../graphql/pagination';
import { stakeholderNotFound } from '../stakeholders/stakeholder.service';
import type { CreateAssetInput, UpdateAssetInput } from './asset.input';
import type { Asset, DeleteAssetPayload } from './asset.type';

/** An :Asset node's properties as the runner returns them (absent properties are missing). */
export interface AssetNode {
  id: string;
  name: string;
  kind: AssetKind;
  themes?: string[] | null;
  description?: string | null;
}

export function toAsset(node: AssetNode, stakeholderId: string | null): Asset {
  return {
    id: node.id,
    name: node.name,
    kind: node.kind,
    themes: node.themes ?? [],
    description: node.description ?? null,
    stakeholderId,
  };
}

/** The normalised themes stored next to the themes, so list filters compare keys in Cypher. */
export function themeKeys(themes: readonly string[]): string[] {
  return [...new Set(themes.map(themeKey))];
}

export interface AssetFilter {
  stakeholderId?: string | null;
  communityId?: string | null;
  regionId?: string | null;
  kind?: AssetKind | null;
  theme?: string | null;
  search?: string | null;
}

export class AssetService {
  private readonly getByIds: Query;
  private readonly getOfStakeholders: Query;
  private readonly getStakeholders: Query;
  private readonly listAssets: Query;
  private readonly createAsset: Query;
  private readonly updateAsset: Query;
  private readonly deleteAsset: Query;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.getByIds = catalog.require('assets/get-assets-by-ids');
    this.getOfStakeholders = catalog.require('assets/get-assets-of-stakeholders');
    this.getStakeholders = catalog.require('stakeholders/get-stakeholders-by-ids');
    this.listAssets = catalog.require('assets/list-assets');
    this.createAsset = catalog.require('assets/create-asset');
    this.updateAsset = catalog.require('assets/update-asset');
    this.deleteAsset = catalog.require('assets/delete-asset');
  }

  async byIds(ids: readonly string[]): Promise<{ key: string; value: Asset }[]> {
    const rows = await this.runner.read<{ key: string; node: AssetNode; stakeholderId: string | null }>(
      this.getByIds,
      { ids },
    );
    return rows.map((row) => ({ key: row.key, value: toAsset(row.node, row.stakeholderId) }));
  }

  /** Each stakeholder's assets by name, as (stakeholder id, assets) pairs. */
  async ofStakeholders(stakeholderIds: readonly string[]): Promise<{ key: string; value: Asset[] }[]> {
    const rows = await this.runner.read<{ key: string; nodes: AssetNode[] }>(this.getOfStakeholders, {
      ids: stakeholderIds,
    });
    return rows.map((row) => ({ key: row.key, value: row.nodes.map((a) => toAsset(a, row.key)) }));
  }

  async list(filter: AssetFilter, page: PageRequest): Promise<PageResult<Asset>> {
    const [row] = await this.runner.read<{
      totalCount: number;
      rows: { node: AssetNode; key: string; stakeholderId: string | null }[];
    }>(this.listAssets, {
      stakeholderId: filter.stakeholderId ?? null,
      communityId: filter.communityId ?? null,
      regionId: filter.regionId ?? null,
      kind: filter.kind ?? null,
      themeKey: filter.theme == null ? null : themeKey(filter.theme),
      search: filter.search ?? null,
      ...pageParams(page),
    });
    return {
      totalCount: row?.totalCount ?? 0,
      rows: (row?.rows ?? []).map((r) => ({ key: r.key, node: toAsset(r.node, r.stakeholderId) })),
    };
  }

  async create(input: CreateAssetInput): Promise<Asset> {
    const [row] = await this.runner.write<{ node: AssetNode; stakeholderId: string }>(this.createAsset, {
      id: input.id ?? generateId(input.name, 'asset'),
      name: input.name,
      kind: input.kind,
      themes: input.themes,
      themeKeys: themeKeys(input.themes),
      description: input.description ?? null,
      stakeholderId: input.stakeholderId,
    });
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
      const [row] = await tx.run<{ node: AssetNode; stakeholderId: string | null }>(this.updateAsset, {
        id,
        changes,
        stakeholderId: input.stakeholderId ?? null,
      });
      if (!row) throw assetNotFound(id);
      return toAsset(row.node, row.stakeholderId);
    });
  }

  async delete(id: string): Promise<DeleteAssetPayload> {
    const [row] = await this.runner.write<{ deleted: boolean }>(this.deleteAsset, { id });
    if (!row) throw assetNotFound(id);
    return { deletedId: id };
  }
}

export function assetNotFound(id: string): NotFoundError {
  return new NotFoundError(`asset '${id}' not found`, { id });
}
