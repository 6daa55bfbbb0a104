import type { CypherCatalog, Loaded } from '../db/cypher-catalog';
import { pageParams, readPage, type Keyed, type PageRequest, type PageResult } from '../db/paging';
import type { QueryRunner } from '../db/query-runner';
import { generateId } from '../domain/ids';
import { presentFields } from '../domain/validation';
import { ConflictError } from '../errors';
import { regionNotFound, toRegion } from './region.node';
import { regionQueries } from './region.queries';
import type { CreateRegionInput, UpdateRegionInput } from './region.input';
import type { DeleteRegionPayload, Region } from './region.type';

export interface RegionFilter {
  country?: string | null;
  search?: string | null;
}

export class RegionService {
  private readonly q: Loaded<typeof regionQueries>;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.q = catalog.requireAll(regionQueries);
  }

  /** Regions by id, as (id, region) pairs; absent ids are left out. */
  async byIds(ids: readonly string[]): Promise<Keyed<Region>[]> {
    const rows = await this.runner.read(this.q.getByIds, { ids });
    return rows.map((row) => ({ key: row.key, value: toRegion(row.node) }));
  }

  /** The region of each community, as (community id, region) pairs. */
  async ofCommunities(communityIds: readonly string[]): Promise<Keyed<Region>[]> {
    const rows = await this.runner.read(this.q.getOfCommunities, { ids: communityIds });
    return rows.map((row) => ({ key: row.key, value: toRegion(row.node) }));
  }

  list(filter: RegionFilter, page: PageRequest): Promise<PageResult<Region>> {
    const filters = { country: filter.country ?? null, search: filter.search ?? null };
    return readPage(
      page,
      () => this.runner.read(this.q.list, { ...filters, ...pageParams(page) }),
      async () => (await this.runner.read(this.q.count, filters))[0]?.totalCount ?? 0,
      toRegion,
    );
  }

  async create(input: CreateRegionInput): Promise<Region> {
    const [row] = await this.runner.write(this.q.create, {
      id: input.id ?? generateId(input.name, 'region'),
      name: input.name,
      country: input.country,
    });
    if (!row) throw new Error('create-region returned no row');
    return toRegion(row.node);
  }

  async update(id: string, input: UpdateRegionInput): Promise<Region> {
    const [row] = await this.runner.write(this.q.update, {
      id,
      changes: presentFields(input, ['name', 'country']),
    });
    if (!row) throw regionNotFound(id);
    return toRegion(row.node);
  }

  /** Refused while the region holds communities, unless `cascade` (then they go, with their stakeholders). */
  async delete(id: string, cascade: boolean): Promise<DeleteRegionPayload> {
    return this.runner.writeTransaction(async (tx) => {
      const [held] = await tx.run(this.q.lock, { id });
      if (!held) throw regionNotFound(id);
      if (held.communities > 0 && !cascade) {
        throw new ConflictError(
          `region '${id}' still holds ${held.communities} communities; move or delete them first, or pass cascade: true to delete them with their stakeholders`,
          { id },
        );
      }
      await tx.run(this.q.delete, { id });
      return {
        deletedId: id,
        deletedCommunities: held.communities,
        deletedStakeholders: held.stakeholders,
        removedMemberships: held.memberships,
      };
    });
  }
}
