import type { CypherCatalog, Query } from '../db/cypher-catalog';
import type { QueryRunner } from '../db/query-runner';
import { generateId } from '../domain/ids';
import { presentFields } from '../domain/validation';
import { ConflictError, NotFoundError } from '../errors';
import { pageParams, type PageRequest, type PageResult } from '../graphql/pagination';
import type { CreateRegionInput, UpdateRegionInput } from './region.input';
import type { DeleteRegionPayload, Region } from './region.type';

/** A :Region node's properties as the runner returns them. */
export interface RegionNode {
  id: string;
  name: string;
  country: string;
}

export function toRegion(node: RegionNode): Region {
  return { id: node.id, name: node.name, country: node.country };
}

export interface RegionFilter {
  country?: string | null;
  search?: string | null;
}

interface Keyed<T> {
  key: string;
  node: T;
}

export class RegionService {
  private readonly getByIds: Query;
  private readonly getOfCommunities: Query;
  private readonly listRegions: Query;
  private readonly createRegion: Query;
  private readonly updateRegion: Query;
  private readonly lockRegion: Query;
  private readonly deleteRegion: Query;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.getByIds = catalog.require('regions/get-regions-by-ids');
    this.getOfCommunities = catalog.require('regions/get-regions-of-communities');
    this.listRegions = catalog.require('regions/list-regions');
    this.createRegion = catalog.require('regions/create-region');
    this.updateRegion = catalog.require('regions/update-region');
    this.lockRegion = catalog.require('regions/lock-region');
    this.deleteRegion = catalog.require('regions/delete-region');
  }

  /** Regions by id, as (id, region) pairs; absent ids are left out. */
  async byIds(ids: readonly string[]): Promise<{ key: string; value: Region }[]> {
    const rows = await this.runner.read<Keyed<RegionNode>>(this.getByIds, { ids });
    return rows.map((row) => ({ key: row.key, value: toRegion(row.node) }));
  }

  /** The region of each community, as (community id, region) pairs. */
  async ofCommunities(communityIds: readonly string[]): Promise<{ key: string; value: Region }[]> {
    const rows = await this.runner.read<Keyed<RegionNode>>(this.getOfCommunities, { ids: communityIds });
    return rows.map((row) => ({ key: row.key, value: toRegion(row.node) }));
  }

  async list(filter: RegionFilter, page: PageRequest): Promise<PageResult<Region>> {
    const [row] = await this.runner.read<PageResult<RegionNode>>(this.listRegions, {
      country: filter.country ?? null,
      search: filter.search ?? null,
      ...pageParams(page),
    });
    return {
      totalCount: row?.totalCount ?? 0,
      rows: (row?.rows ?? []).map((r) => ({ key: r.key, node: toRegion(r.node) })),
    };
  }

  async create(input: CreateRegionInput): Promise<Region> {
    const [row] = await this.runner.write<{ node: RegionNode }>(this.createRegion, {
      id: input.id ?? generateId(input.name, 'region'),
      name: input.name,
      country: input.country,
    });
    if (!row) throw new Error('create-region returned no row');
    return toRegion(row.node);
  }

  async update(id: string, input: UpdateRegionInput): Promise<Region> {
    const [row] = await this.runner.write<{ node: RegionNode }>(this.updateRegion, {
      id,
      changes: presentFields(input, ['name', 'country']),
    });
    if (!row) throw regionNotFound(id);
    return toRegion(row.node);
  }

  /** Refused while the region holds communities, unless `cascade` (then they go, with their stakeholders). */
  async delete(id: string, cascade: boolean): Promise<DeleteRegionPayload> {
    return this.runner.writeTransaction(async (tx) => {
      const [held] = await tx.run<{ communities: number; stakeholders: number; memberships: number }>(
        this.lockRegion,
        { id },
      );
      if (!held) throw regionNotFound(id);
      if (held.communities > 0 && !cascade) {
        throw new ConflictError(
          `region '${id}' still holds ${held.communities} communities; move or delete them first, or pass cascade: true to delete them with their stakeholders`,
          { id },
        );
      }
      await tx.run(this.deleteRegion, { id });
      return {
        deletedId: id,
        deletedCommunities: held.communities,
        deletedStakeholders: held.stakeholders,
        removedMemberships: held.memberships,
      };
    });
  }
}

export function regionNotFound(id: string): NotFoundError {
  return new NotFoundError(`region '${id}' not found`, { id });
}
