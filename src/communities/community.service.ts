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
import type { QueryRunner } from '../db/query-runner';
import type { CommunityKind } from '../domain/enums';
import { generateId } from '../domain/ids';
import { presentFields } from '../domain/validation';
import { ConflictError } from '../errors';
import { regionNotFound } from '../regions/region.node';
import { regionQueries } from '../regions/region.queries';
import { communityNotFound, toCommunity } from './community.node';
import { communityQueries } from './community.queries';
import type { CreateCommunityInput, UpdateCommunityInput } from './community.input';
import type { Community, DeleteCommunityPayload } from './community.type';

export interface CommunityFilter {
  regionId?: string | null;
  regionIds?: readonly string[] | null;
  country?: string | null;
  kind?: CommunityKind | null;
  kinds?: readonly CommunityKind[] | null;
  search?: string | null;
}

export class CommunityService {
  private readonly q: Loaded<typeof communityQueries>;
  private readonly getRegions: Loaded<typeof regionQueries>['getByIds'];

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.q = catalog.requireAll(communityQueries);
    this.getRegions = catalog.require(regionQueries.getByIds);
  }

  async byIds(ids: readonly string[]): Promise<Keyed<Community>[]> {
    const rows = await this.runner.read(this.q.getByIds, { ids });
    return rows.map((row) => ({ key: row.key, value: toCommunity(row.node) }));
  }

  /** Each region's first communities by name, keyed by `listKey`. */
  async ofRegions(keys: readonly ListKey[]): Promise<Keyed<Community[]>[]> {
    return readChildLists(
      keys,
      (params) => this.runner.read(this.q.getOfRegions, params),
      (row) => row.nodes.map(toCommunity),
    );
  }

  /** The community each stakeholder is based in, as (stakeholder id, community) pairs. */
  async ofStakeholders(stakeholderIds: readonly string[]): Promise<Keyed<Community>[]> {
    const rows = await this.runner.read(this.q.getOfStakeholders, { ids: stakeholderIds });
    return rows.map((row) => ({ key: row.key, value: toCommunity(row.node) }));
  }

  list(filter: CommunityFilter, page: PageRequest): Promise<PageResult<Community>> {
    const filters = {
      regionId: filter.regionId ?? null,
      regionIds: filter.regionIds ?? null,
      country: filter.country ?? null,
      kind: filter.kind ?? null,
      kinds: filter.kinds ?? null,
      search: filter.search ?? null,
    };
    return readPage(
      page,
      () => this.runner.read(this.q.list, { ...filters, ...pageParams(page) }),
      async () => (await this.runner.read(this.q.count, filters))[0]?.totalCount ?? 0,
      toCommunity,
    );
  }

  async create(input: CreateCommunityInput): Promise<Community> {
    const [row] = await this.runner.write(this.q.create, {
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
      const [row] = await tx.run(this.q.update, {
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
      const [held] = await tx.run(this.q.lock, { id });
      if (!held) throw communityNotFound(id);
      if (held.stakeholders > 0 && !cascade) {
        throw new ConflictError(
          `community '${id}' still holds ${held.stakeholders} stakeholders; move or delete them first, or pass cascade: true to delete them too`,
          { id },
        );
      }
      await tx.run(this.q.delete, { id });
      return {
        deletedId: id,
        deletedStakeholders: held.stakeholders,
        removedMemberships: held.memberships,
      };
    });
  }
}
