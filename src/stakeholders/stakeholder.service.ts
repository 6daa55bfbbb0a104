import { communityQueries } from '../communities/community.queries';
import { communityNotFound, toCommunityGroups } from '../communities/community.node';
import type { CypherCatalog, Loaded } from '../db/cypher-catalog';
import {
  listKey,
  pageParams,
  perCap,
  readChildLists,
  readPage,
  type Keyed,
  type ListKey,
  type PageRequest,
  type PageResult,
} from '../db/paging';
import type { QueryRunner } from '../db/query-runner';
import type { Sector } from '../domain/enums';
import { generateId } from '../domain/ids';
import { presentFields } from '../domain/validation';
import { fromValues, type NodeProperties } from '../db/projection';
import {
  membershipOf,
  PARTNERSHIP_PROPERTIES,
  toPartnership,
  type PartnershipNode,
} from '../partnerships/partnership.node';
import type { CreateStakeholderInput, UpdateStakeholderInput } from './stakeholder.input';
import {
  STAKEHOLDER_PROPERTIES,
  stakeholderNotFound,
  toStakeholder,
  type StakeholderNode,
} from './stakeholder.node';
import { stakeholderQueries, type StakeholderPageRow } from './stakeholder.queries';
import type { DeleteStakeholderPayload, Stakeholder } from './stakeholder.type';
import type { StakeholderSummary } from '../summaries/summary.type';

/** The filters of the stakeholder list and its summary (StakeholderFilterArgs); every one given holds. */
export interface StakeholderFilter {
  communityId?: string | null;
  communityIds?: readonly string[] | null;
  regionId?: string | null;
  regionIds?: readonly string[] | null;
  sector?: Sector | null;
  sectors?: readonly Sector[] | null;
  type?: string | null;
  types?: readonly string[] | null;
  search?: string | null;
}

/** Which groups a summary computes; the others come back empty (the summary resolver asks for the selected ones). */
export interface StakeholderGroups {
  bySector: boolean;
  byCommunity: boolean;
  byType: boolean;
}

const NO_GROUPS: StakeholderGroups = { bySector: false, byCommunity: false, byType: false };

/** The parameters of list- and summarize-stakeholders.cypher for a filter: every one, null when not given. */
function filterParams(filter: StakeholderFilter) {
  return {
    communityId: filter.communityId ?? null,
    communityIds: filter.communityIds ?? null,
    regionId: filter.regionId ?? null,
    regionIds: filter.regionIds ?? null,
    sector: filter.sector ?? null,
    sectors: filter.sectors ?? null,
    type: filter.type ?? null,
    types: filter.types ?? null,
    search: filter.search ?? null,
  };
}

/**
 * The nested levels a page of stakeholders should bring along (the resolver looks ahead into the
 * selection): each stakeholder's memberships, and optionally each partnership's members.
 */
export interface StakeholderPageNesting {
  memberships: { first: number; asOf: string | null; membersFirst: number | null } | null;
  /** The node properties to read (the selected fields of the same names); every one by default. */
  properties: {
    stakeholder: NodeProperties<StakeholderNode>;
    partnership: NodeProperties<PartnershipNode>;
  };
}

const NO_NESTING: StakeholderPageNesting = {
  memberships: null,
  properties: { stakeholder: STAKEHOLDER_PROPERTIES, partnership: PARTNERSHIP_PROPERTIES },
};

export class StakeholderService {
  private readonly q: Loaded<typeof stakeholderQueries>;
  private readonly getCommunities: Loaded<typeof communityQueries>['getByIds'];

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.q = catalog.requireAll(stakeholderQueries);
    this.getCommunities = catalog.require(communityQueries.getByIds);
  }

  async byIds(ids: readonly string[]): Promise<Keyed<Stakeholder>[]> {
    const rows = await this.runner.read(this.q.getByIds, { ids });
    return rows.map((row) => ({ key: row.key, value: toStakeholder(row.node) }));
  }

  /** Each community's first stakeholders by name, keyed by `listKey`. */
  async ofCommunities(keys: readonly ListKey[]): Promise<Keyed<Stakeholder[]>[]> {
    return readChildLists(
      keys,
      (params) => this.runner.read(this.q.getOfCommunities, params),
      (row) => row.nodes.map(toStakeholder),
    );
  }

  /** Each stakeholder's first partners by name, keyed by `listKey` (all partnerships, or those active at asOf). */
  async partnersOf(keys: readonly ListKey[]): Promise<Keyed<Stakeholder[]>[]> {
    return perCap(keys, async (group, first) => {
      const rows = await this.runner.read(this.q.getPartners, {
        keys: group.map((key) => ({ id: key.id, asOf: key.asOf ?? null })),
        first,
      });
      return rows.map((row) => ({
        key: listKey({ id: row.id, asOf: row.asOf, first }),
        value: row.nodes.map(toStakeholder),
      }));
    });
  }

  /**
   * One page in one round trip (plus a count when `totalCount` is asked for); with `nesting`, the
   * stakeholders carry their memberships (and those partnerships their members) for the field
   * resolvers to use instead of a loader round trip per level.
   */
  list(
    filter: StakeholderFilter,
    page: PageRequest,
    nesting: StakeholderPageNesting = NO_NESTING,
  ): Promise<PageResult<Stakeholder>> {
    const filters = filterParams(filter);
    const memberships = nesting.memberships;
    return readPage(
      page,
      async () =>
        (
          await this.runner.read(this.q.list, {
            ...filters,
            ...pageParams(page),
            withMemberships: memberships !== null,
            membershipsFirst: memberships?.first ?? 0,
            membershipsAsOf: memberships?.asOf ?? null,
            withMembers: memberships?.membersFirst != null,
            membersFirst: memberships?.membersFirst ?? 0,
            stakeholderProperties: nesting.properties.stakeholder,
            partnershipProperties: nesting.properties.partnership,
          })
        ).map((row) => ({ key: row.key, node: row })),
      async () => (await this.summarize(filter)).total,
      (row) => withNesting(row, nesting),
    );
  }

  /** How many stakeholders match, and the groups asked for, each computed by the database. */
  async summarize(
    filter: StakeholderFilter,
    groups: StakeholderGroups = NO_GROUPS,
  ): Promise<StakeholderSummary> {
    const [row] = await this.runner.read(this.q.summarize, { ...filterParams(filter), ...groups });
    return {
      total: row?.total ?? 0,
      bySector: row?.bySector ?? [],
      byCommunity: toCommunityGroups(row?.byCommunity ?? []),
      byType: row?.byType ?? [],
    };
  }

  async create(input: CreateStakeholderInput): Promise<Stakeholder> {
    const [row] = await this.runner.write(this.q.create, {
      id: input.id ?? generateId(input.name, 'stakeholder'),
      name: input.name,
      sector: input.sector,
      type: input.type ?? null,
      description: input.description ?? null,
      website: input.website ?? null,
      communityId: input.communityId,
    });
    if (!row) throw communityNotFound(input.communityId);
    return toStakeholder(row.node);
  }

  async update(id: string, input: UpdateStakeholderInput): Promise<Stakeholder> {
    return this.runner.writeTransaction(async (tx) => {
      if (input.communityId != null) {
        const found = await tx.run(this.getCommunities, { ids: [input.communityId] });
        if (found.length === 0) throw communityNotFound(input.communityId);
      }
      const [row] = await tx.run(this.q.update, {
        id,
        changes: presentFields(input, ['name', 'sector', 'type', 'description', 'website']),
        communityId: input.communityId ?? null,
      });
      if (!row) throw stakeholderNotFound(id);
      return toStakeholder(row.node);
    });
  }

  /** Deletes the stakeholder and its memberships, in one statement. */
  async delete(id: string): Promise<DeleteStakeholderPayload> {
    const [row] = await this.runner.write(this.q.delete, { id });
    if (!row) throw stakeholderNotFound(id);
    return { deletedId: id, removedMemberships: row.removedMemberships };
  }
}

/** A page row → Stakeholder, with the prefetched levels keyed as the field resolvers will ask for them. */
function withNesting(row: StakeholderPageRow, nesting: StakeholderPageNesting): Stakeholder {
  const { stakeholder: stakeholderProperties, partnership: partnershipProperties } = nesting.properties;
  const asStakeholder = (values: unknown[]): Stakeholder =>
    toStakeholder(fromValues(stakeholderProperties, values));
  const stakeholder = asStakeholder(row.node);
  const wanted = nesting.memberships;
  if (wanted === null) return stakeholder;
  stakeholder.prefetchedPartnerships = {
    key: listKey({ id: stakeholder.id, first: wanted.first, asOf: wanted.asOf }),
    value: row.memberships.map(([role, values, members]) => {
      const partnership = toPartnership(fromValues(partnershipProperties, values));
      if (wanted.membersFirst !== null) {
        partnership.prefetchedMembers = {
          key: listKey({ id: partnership.id, first: wanted.membersFirst }),
          value: members.map(([memberRole, member]) =>
            membershipOf(memberRole, asStakeholder(member), partnership),
          ),
        };
      }
      return membershipOf(role, stakeholder, partnership);
    }),
  };
  return stakeholder;
}
