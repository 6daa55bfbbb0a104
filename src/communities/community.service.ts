import type { CypherCatalog, Query } from '../db/cypher-catalog';
import type { QueryRunner } from '../db/query-runner';
import type { CommunityKind } from '../domain/enums';
import { generateId } from '../domain/ids';
import { presentFields } from '../domain/validation';
import { ConflictError, NotFoundError } from '../errors';
import { pageParams, type PageRequest, type PageResult } from '../graphql/pagination';
import { regionNotFound } from '../regions/region.service';
import type { CreateCommunityInput, UpdateCommunityInput } from './community.input';
import type { Community, DeleteCommunityPayload } from './community.type';

/** A :Community node's properties as the runner returns them (absent properties are missing). */
export interface CommunityNode {
  id: string;
  name: string;
  country: string;
  kind: CommunityKind;
  population?: number | null;
}

export function toCommunity(node: CommunityNode): Community {
  return {
    id: node.id,
    name: node.name,
    country: node.country,
    kind: node.kind,
    population: node.population ?? null,
  };
}

export interface CommunityFilter {
  regionId?: string | null;
  country?: string | null;
  kind?: CommunityKind | null;
  search?: string | null;
}

export class CommunityService {
  private readonly getByIds: Query;
  private readonly getOfRegions: Query;
  private readonly getOfStakeholders: Query;
  private readonly getRegions: Query;
  private readonly listCommunities: Query;
  private readonly createCommunity: Query;
  private readonly updateCommunity: Query;
  private readonly lockCommunity: Query;
  private readonly deleteCommunity: Query;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.getByIds = catalog.require('communities/get-communities-by-ids');
    this.getOfRegions = catalog.require('communities/get-communities-of-regions');
    this.getOfStakeholders = catalog.require('communities/get-communities-of-stakeholders');
    this.getRegions = catalog.require('regions/get-regions-by-ids');
    this.listCommunities = catalog.require('communities/list-communities');
    this.createCommunity = catalog.require('communities/create-community');
    this.updateCommunity = catalog.require('communities/update-community');
    this.lockCommunity = catalog.require('communities/lock-community');
    this.deleteCommunity = catalog.require('communities/delete-community');
  }

  async byIds(ids: readonly string[]): Promise<{ key: string; value: Community }[]> {
    const rows = await this.runner.read<{ key: string; node: CommunityNode }>(this.getByIds, { ids });
    return rows.map((row) => ({ key: row.key, value: toCommunity(row.node) }));
  }

  /** Each region's communities by name, as (region id, communities) pairs. */
  async ofRegions(regionIds: readonly string[]): Promise<{ key: string; value: Community[] }[]> {
    const rows = await this.runner.read<{ key: string; nodes: CommunityNode[] }>(this.getOfRegions, {
      ids: regionIds,
    });
    return rows.map((row) => ({ key: row.key, value: row.nodes.map(toCommunity) }));
  }

  /** The community each stakeholder is based in, as (stakeholder id, community) pairs. */
  async ofStakeholders(stakeholderIds: readonly string[]): Promise<{ key: string; value: Community }[]> {
    const rows = await this.runner.read<{ key: string; node: CommunityNode }>(this.getOfStakeholders, {
      ids: stakeholderIds,
    });
    return rows.map((row) => ({ key: row.key, value: toCommunity(row.node) }));
  }

  async list(filter: CommunityFilter, page: PageRequest): Promise<PageResult<Community>> {
    const [row] = await this.runner.read<PageResult<CommunityNode>>(this.listCommunities, {
      regionId: filter.regionId ?? null,
      country: filter.country ?? null,
      kind: filter.kind ?? null,
      search: filter.search ?? null,
      ...pageParams(page),
    });
    return {
      totalCount: row?.totalCount ?? 0,
      rows: (row?.rows ?? []).map((r) => ({ key: r.key, node: toCommunity(r.node) })),
    };
  }

  async create(input: CreateCommunityInput): Promise<Community> {
    const [row] = await this.runner.write<{ node: CommunityNode }>(this.createCommunity, {
      id: input.id ?? generateId(input.name, 'community'),
      name: input.name,
      country: input.country,
      kind: input.kind,
      population: input.population ?? null,
      regionId: input.regionId,
    });
    if (!row) throw regionNotFound(input.regionId);
    return toCommunity(row.node);
  }

  async update(id: string, input: UpdateCommunityInput): Promise<Community> {
    return this.runner.writeTransaction(async (tx) => {
      if (input.regionId != null) {
        const regions = await tx.run(this.getRegions, { ids: [input.regionId] });
        if (regions.length === 0) throw regionNotFound(input.regionId);
      }
      const [row] = await tx.run<{ node: CommunityNode }>(this.updateCommunity, {
        id,
        changes: presentFields(input, ['name', 'country', 'kind', 'population']),
        regionId: input.regionId ?? null,
      });
      if (!row) throw communityNotFound(id);
      return toCommunity(row.node);
    });
  }

  /** Refused while stakeholders are based in it, unless `cascade` (then they go too). */
  async delete(id: string, cascade: boolean): Promise<DeleteCommunityPayload> {
    return this.runner.writeTransaction(async (tx) => {
      const [held] = await tx.run<{ stakeholders: number; memberships: number }>(this.lockCommunity, {
        id,
      });
      if (!held) throw communityNotFound(id);
      if (held.stakeholders > 0 && !cascade) {
        throw new ConflictError(
          `community '${id}' still holds ${held.stakeholders} stakeholders; move or delete them first, or pass cascade: true to delete them too`,
          { id },
        );
      }
      await tx.run(this.deleteCommunity, { id });
      return {
        deletedId: id,
        deletedStakeholders: held.stakeholders,
        removedMemberships: held.memberships,
      };
    });
  }
}

export function communityNotFound(id: string): NotFoundError {
  return new NotFoundError(`community '${id}' not found`, { id });
}
