import { toCommunityGroups } from '../communities/community.node';
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
import { LEAVES_BASE, type QueryRunner, type Transaction } from '../db/query-runner';
import type { DateSpan, IsoDate } from '../domain/dates';
import type { PartnershipKind } from '../domain/enums';
import { generateId } from '../domain/ids';
import { presentFields } from '../domain/validation';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors';
import { stakeholderNotFound, toStakeholder } from '../stakeholders/stakeholder.node';
import { stakeholderQueries } from '../stakeholders/stakeholder.queries';
import type { PartnershipSummary } from '../summaries/summary.type';
import type {
  CreatePartnershipInput,
  MemberInput,
  PartnershipOrder,
  UpdatePartnershipInput,
} from './partnership.input';
import { membershipOf, partnershipNotFound, toMembers, toPartnership } from './partnership.node';
import { partnershipQueries } from './partnership.queries';
import type { DeletePartnershipPayload, Membership, Partnership } from './partnership.type';

/** The filters of the partnership list and its summary (PartnershipFilterArgs); every one given holds. */
export interface PartnershipFilter {
  kind?: PartnershipKind | null;
  kinds?: readonly PartnershipKind[] | null;
  theme?: string | null;
  search?: string | null;
  memberId?: string | null;
  communityId?: string | null;
  communityIds?: readonly string[] | null;
  regionIds?: readonly string[] | null;
  /** Started (ended) in this range, both ends inclusive; undated partnerships never match. */
  startedOn?: DateSpan | null;
  endedOn?: DateSpan | null;
  /** Only partnerships active at this date. */
  asOf?: IsoDate | null;
}

/** Which groups a summary computes; the others come back empty. */
export interface PartnershipGroups {
  byKind: boolean;
  byYear: boolean;
  byCommunity: boolean;
  bySector: boolean;
}

const NO_GROUPS: PartnershipGroups = { byKind: false, byYear: false, byCommunity: false, bySector: false };

/** The parameters of list- and summarize-partnerships.cypher for a filter: every one, null when not given. */
function filterParams(filter: PartnershipFilter) {
  return {
    kind: filter.kind ?? null,
    kinds: filter.kinds ?? null,
    theme: filter.theme ?? null,
    search: filter.search ?? null,
    memberId: filter.memberId ?? null,
    communityId: filter.communityId ?? null,
    communityIds: filter.communityIds ?? null,
    regionIds: filter.regionIds ?? null,
    activeAt: filter.asOf ?? null,
    startedFrom: filter.startedOn?.from ?? null,
    startedTo: filter.startedOn?.to ?? null,
    endedFrom: filter.endedOn?.from ?? null,
    endedTo: filter.endedOn?.to ?? null,
  };
}

const SORT_BY: Readonly<Record<PartnershipOrder, 'name' | 'startedOn'>> = {
  NAME_ASC: 'name',
  NAME_DESC: 'name',
  STARTED_ON_ASC: 'startedOn',
  STARTED_ON_DESC: 'startedOn',
};

export class PartnershipService {
  private readonly q: Loaded<typeof partnershipQueries>;
  private readonly findMissingStakeholders: Loaded<typeof stakeholderQueries>['findMissing'];

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.q = catalog.requireAll(partnershipQueries);
    this.findMissingStakeholders = catalog.require(stakeholderQueries.findMissing);
  }

  async byIds(ids: readonly string[]): Promise<Keyed<Partnership>[]> {
    const rows = await this.runner.read(this.q.getByIds, { ids });
    return rows.map((row) => ({ key: row.key, value: toPartnership(row.node) }));
  }

  /** Each stakeholder's first memberships by partnership name, keyed by `listKey`. */
  async membershipsOf(keys: readonly ListKey[]): Promise<Keyed<Membership[]>[]> {
    return perCap(keys, async (group, first) => {
      const rows = await this.runner.read(this.q.getMembershipsOfStakeholders, {
        keys: group.map((key) => ({ id: key.id, asOf: key.asOf ?? null })),
        first,
      });
      return rows.map((row) => {
        const stakeholder = toStakeholder(row.stakeholder);
        return {
          key: listKey({ id: row.id, asOf: row.asOf, first }),
          value: row.memberships.map((m) => membershipOf(m.role, stakeholder, toPartnership(m.partnership))),
        };
      });
    });
  }

  /** Each partnership's first members by stakeholder name, keyed by `listKey`. */
  async membersOf(keys: readonly ListKey[]): Promise<Keyed<Membership[]>[]> {
    return readChildLists(
      keys,
      (params) => this.runner.read(this.q.getMembersOfPartnerships, params),
      (row) => toMembers(toPartnership(row.partnership), row.members),
    );
  }

  list(
    filter: PartnershipFilter,
    order: PartnershipOrder,
    page: PageRequest,
  ): Promise<PageResult<Partnership>> {
    return readPage(
      page,
      () =>
        this.runner.read(this.q.list, {
          ...filterParams(filter),
          sortBy: SORT_BY[order],
          ...pageParams(page),
        }),
      async () => (await this.summarize(filter)).total,
      toPartnership,
    );
  }

  /** How many partnerships match, and the groups asked for, each computed by the database. */
  async summarize(
    filter: PartnershipFilter,
    groups: PartnershipGroups = NO_GROUPS,
  ): Promise<PartnershipSummary> {
    const [row] = await this.runner.read(this.q.summarize, { ...filterParams(filter), ...groups });
    return {
      total: row?.total ?? 0,
      byKind: row?.byKind ?? [],
      byYear: row?.byYear ?? [],
      byCommunity: toCommunityGroups(row?.byCommunity ?? []),
      bySector: row?.bySector ?? [],
    };
  }

  /** Creates the partnership with all its members, or nothing (NOT_FOUND names every unknown member). */
  async create(input: CreatePartnershipInput): Promise<Partnership> {
    const members = input.members.map((m) => ({ stakeholderId: m.stakeholderId, role: m.role }));
    return this.runner.writeTransaction(async (tx) => {
      await this.requireStakeholders(
        tx,
        members.map((m) => m.stakeholderId),
      );
      const [row] = await tx.run(this.q.create, {
        id: input.id ?? generateId(input.name, 'partnership'),
        name: input.name,
        kind: input.kind,
        startedOn: input.startedOn ?? null,
        endedOn: input.endedOn ?? null,
        themes: input.themes,
        description: input.description ?? null,
        members,
      });
      if (!row || row.members !== members.length) {
        throw new ConflictError('a member was deleted while the partnership was being created; try again');
      }
      return toPartnership(row.node);
    }, LEAVES_BASE);
  }

  /** Applies the fields given; endedOn is checked against startedOn as they will be stored. */
  async update(id: string, input: UpdatePartnershipInput): Promise<Partnership> {
    return this.runner.writeTransaction(async (tx) => {
      const current = await this.lock(tx, id);
      const startedOn = input.startedOn === undefined ? current.startedOn : input.startedOn;
      const endedOn = input.endedOn === undefined ? current.endedOn : input.endedOn;
      requireOrderedDates(startedOn, endedOn, input.endedOn === undefined ? 'startedOn' : 'endedOn');
      return this.write(tx, id, input, {
        startedOn: input.startedOn,
        endedOn: input.endedOn,
      });
    }, LEAVES_BASE);
  }

  /** Sets endedOn; CONFLICT when the partnership has already ended. */
  async end(id: string, endedOn: IsoDate): Promise<Partnership> {
    return this.runner.writeTransaction(async (tx) => {
      const current = await this.lock(tx, id);
      if (current.endedOn !== null) {
        throw new ConflictError(
          `partnership '${id}' already ended on ${current.endedOn}; change the date with updatePartnership`,
          { id },
        );
      }
      requireOrderedDates(current.startedOn, endedOn, 'endedOn');
      return this.write(tx, id, {}, { endedOn });
    }, LEAVES_BASE);
  }

  /** Adds the member, or changes its role when it is one already; concurrent adds all land. */
  async addMember(partnershipId: string, member: MemberInput): Promise<Partnership> {
    return this.runner.writeTransaction(async (tx) => {
      await this.lock(tx, partnershipId);
      const [row] = await tx.run(this.q.addMember, {
        partnershipId,
        stakeholderId: member.stakeholderId,
        role: member.role,
      });
      if (!row) throw stakeholderNotFound(member.stakeholderId);
      return toPartnership(row.node);
    }, LEAVES_BASE);
  }

  /** Removes a member; refused for the last one (delete the partnership instead). */
  async removeMember(partnershipId: string, stakeholderId: string): Promise<Partnership> {
    return this.runner.writeTransaction(async (tx) => {
      await this.lock(tx, partnershipId);
      const [row] = await tx.run(this.q.removeMember, {
        partnershipId,
        stakeholderId,
      });
      if (!row) {
        throw new NotFoundError(
          `stakeholder '${stakeholderId}' is not a member of partnership '${partnershipId}'`,
          { id: stakeholderId },
        );
      }
      if (row.remaining === 0) {
        throw new ConflictError(
          `stakeholder '${stakeholderId}' is the last member of partnership '${partnershipId}'; a partnership keeps at least one member, so delete the partnership instead`,
          { id: partnershipId },
        );
      }
      return toPartnership(row.node);
    }, LEAVES_BASE);
  }

  async delete(id: string): Promise<DeletePartnershipPayload> {
    const [row] = await this.runner.write(this.q.delete, { id }, LEAVES_BASE);
    if (!row) throw partnershipNotFound(id);
    return { deletedId: id, removedMemberships: row.removedMemberships };
  }

  private async requireStakeholders(tx: Transaction, ids: string[]): Promise<void> {
    const [row] = await tx.run(this.findMissingStakeholders, { ids });
    const missing = row?.missing ?? [];
    if (missing.length === 1) throw stakeholderNotFound(missing[0] ?? '');
    if (missing.length > 1) {
      throw new NotFoundError(`stakeholders ${missing.map((id) => `'${id}'`).join(', ')} not found`, {
        ids: missing,
      });
    }
  }

  /** The partnership as stored, read under its write lock (NOT_FOUND when absent). */
  private async lock(tx: Transaction, id: string): Promise<Partnership> {
    const [row] = await tx.run(this.q.lock, { id });
    if (!row) throw partnershipNotFound(id);
    return toPartnership(row.node);
  }

  private async write(
    tx: Transaction,
    id: string,
    input: UpdatePartnershipInput,
    dates: { startedOn?: IsoDate | null; endedOn?: IsoDate | null },
  ): Promise<Partnership> {
    const [row] = await tx.run(this.q.update, {
      id,
      changes: presentFields(input, ['name', 'kind', 'themes', 'description']),
      setStartedOn: dates.startedOn !== undefined,
      startedOn: dates.startedOn ?? null,
      setEndedOn: dates.endedOn !== undefined,
      endedOn: dates.endedOn ?? null,
    });
    if (!row) throw partnershipNotFound(id);
    return toPartnership(row.node);
  }
}

function requireOrderedDates(startedOn: IsoDate | null, endedOn: IsoDate | null, field: string): void {
  if (startedOn !== null && endedOn !== null && endedOn < startedOn) {
    const problem = `endedOn ${endedOn} is before startedOn ${startedOn}`;
    throw new BadUserInputError(`${field}: ${problem}`, { fields: [{ field, problems: [problem] }] });
  }
}
