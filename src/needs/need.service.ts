import { communityNotFound } from '../communities/community.node';
import { communityQueries } from '../communities/community.queries';
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
import type { NeedPriority } from '../domain/enums';
import { generateId } from '../domain/ids';
import { themeKey } from '../domain/themes';
import { presentFields } from '../domain/validation';
import { NotFoundError } from '../errors';
import { partnershipNotFound, toPartnership } from '../partnerships/partnership.node';
import type { Partnership } from '../partnerships/partnership.type';
import type { CreateNeedInput, UpdateNeedInput } from './need.input';
import { needNotFound, toNeed } from './need.node';
import { needQueries } from './need.queries';
import type { DeleteNeedPayload, Need } from './need.type';

export interface NeedFilter {
  communityId?: string | null;
  communityIds?: readonly string[] | null;
  regionId?: string | null;
  regionIds?: readonly string[] | null;
  addressedBy?: string | null;
  priority?: NeedPriority | null;
  priorities?: readonly NeedPriority[] | null;
  theme?: string | null;
  search?: string | null;
}

export class NeedService {
  private readonly q: Loaded<typeof needQueries>;
  private readonly getCommunities: Loaded<typeof communityQueries>['getByIds'];

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.q = catalog.requireAll(needQueries);
    this.getCommunities = catalog.require(communityQueries.getByIds);
  }

  async byIds(ids: readonly string[]): Promise<Keyed<Need>[]> {
    const rows = await this.runner.read(this.q.getByIds, { ids });
    return rows.map((row) => ({ key: row.key, value: toNeed(row.node, row.communityId) }));
  }

  /** Each community's first needs by name, keyed by `listKey`. */
  async ofCommunities(keys: readonly ListKey[]): Promise<Keyed<Need[]>[]> {
    return readChildLists(
      keys,
      (params) => this.runner.read(this.q.getOfCommunities, params),
      (row) => row.nodes.map((node) => toNeed(node, row.key)),
    );
  }

  /** The first needs each partnership addresses, by name, keyed by `listKey`. */
  async ofPartnerships(keys: readonly ListKey[]): Promise<Keyed<Need[]>[]> {
    return readChildLists(
      keys,
      (params) => this.runner.read(this.q.getOfPartnerships, params),
      (row) => row.needs.map((need) => toNeed(need.node, need.communityId)),
    );
  }

  /** The first partnerships addressing each need, by name, keyed by `listKey`. */
  async addressing(keys: readonly ListKey[]): Promise<Keyed<Partnership[]>[]> {
    return readChildLists(
      keys,
      (params) => this.runner.read(this.q.getAddressing, params),
      (row) => row.nodes.map(toPartnership),
    );
  }

  list(filter: NeedFilter, page: PageRequest): Promise<PageResult<Need>> {
    const filters = {
      communityId: filter.communityId ?? null,
      communityIds: filter.communityIds ?? null,
      regionId: filter.regionId ?? null,
      regionIds: filter.regionIds ?? null,
      addressedBy: filter.addressedBy ?? null,
      priority: filter.priority ?? null,
      priorities: filter.priorities ?? null,
      themeKey: filter.theme == null ? null : themeKey(filter.theme),
      search: filter.search ?? null,
    };
    return readPage(
      page,
      async () =>
        (await this.runner.read(this.q.list, { ...filters, ...pageParams(page) })).map((row) => ({
          key: row.key,
          node: toNeed(row.node, row.communityId),
        })),
      async () => (await this.runner.read(this.q.count, filters))[0]?.totalCount ?? 0,
      (need) => need,
    );
  }

  async create(input: CreateNeedInput): Promise<Need> {
    const [row] = await this.runner.write(
      this.q.create,
      {
        id: input.id ?? generateId(input.name, 'need'),
        name: input.name,
        theme: input.theme,
        themeKey: themeKey(input.theme),
        targetGroup: input.targetGroup ?? null,
        priority: input.priority,
        identifiedOn: input.identifiedOn ?? null,
        description: input.description ?? null,
        communityId: input.communityId,
      },
      LEAVES_BASE,
    );
    if (!row) throw communityNotFound(input.communityId);
    return toNeed(row.node, row.communityId);
  }

  async update(id: string, input: UpdateNeedInput): Promise<Need> {
    return this.runner.writeTransaction(async (tx) => {
      if (input.communityId != null) {
        const found = await tx.run(this.getCommunities, { ids: [input.communityId] });
        if (found.length === 0) throw communityNotFound(input.communityId);
      }
      const changes: Record<string, unknown> = presentFields(input, [
        'name',
        'theme',
        'targetGroup',
        'priority',
        'description',
      ]);
      if (input.theme !== undefined) changes.themeKey = themeKey(input.theme);
      const [row] = await tx.run(this.q.update, {
        id,
        changes,
        setIdentifiedOn: input.identifiedOn !== undefined,
        identifiedOn: input.identifiedOn ?? null,
        communityId: input.communityId ?? null,
      });
      if (!row) throw needNotFound(id);
      return toNeed(row.node, row.communityId);
    }, LEAVES_BASE);
  }

  async delete(id: string): Promise<DeleteNeedPayload> {
    const [row] = await this.runner.write(this.q.delete, { id }, LEAVES_BASE);
    if (!row) throw needNotFound(id);
    return { deletedId: id, removedAddressing: row.removedAddressing };
  }

  /** Records that the partnership addresses the need; adding it again changes nothing. */
  async addAddressed(partnershipId: string, needId: string): Promise<Partnership> {
    const [row] = await this.runner.write(this.q.addAddressed, { partnershipId, needId }, LEAVES_BASE);
    if (!row?.partnershipFound || !row.node) throw partnershipNotFound(partnershipId);
    if (!row.needFound) throw needNotFound(needId);
    return toPartnership(row.node);
  }

  /** Removes the link; NOT_FOUND when the partnership does not address that need. */
  async removeAddressed(partnershipId: string, needId: string): Promise<Partnership> {
    const [row] = await this.runner.write(this.q.removeAddressed, { partnershipId, needId }, LEAVES_BASE);
    if (!row?.node) throw partnershipNotFound(partnershipId);
    if (row.removed === 0) {
      throw new NotFoundError(`partnership '${partnershipId}' does not address need '${needId}'`, {
        id: needId,
      });
    }
    return toPartnership(row.node);
  }
}
