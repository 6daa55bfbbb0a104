import type { CypherCatalog, Query } from '../db/cypher-catalog';
import type { QueryRunner, Transaction } from '../db/query-runner';
import type { IsoDate } from '../domain/dates';
import type { MemberRole, PartnershipKind } from '../domain/enums';
import { generateId } from '../domain/ids';
import { presentFields } from '../domain/validation';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors';
import { datedKey, type DatedKey } from '../graphql/batch';
import { pageParams, type PageRequest, type PageResult } from '../graphql/pagination';
import {
  stakeholderNotFound,
  toStakeholder,
  type StakeholderNode,
} from '../stakeholders/stakeholder.service';
import type {
  CreatePartnershipInput,
  MemberInput,
  PartnershipOrder,
  UpdatePartnershipInput,
} from './partnership.input';
import type { Stakeholder } from '../stakeholders/stakeholder.type';
import type { DeletePartnershipPayload, Membership, Partnership } from './partnership.type';

/** A :Partnership node's properties as the runner returns them (dates as 'YYYY-MM-DD'). */
export interface PartnershipNode {
  id: string;
  name: string;
  kind: PartnershipKind;
  startedOn?: IsoDate | null;
  endedOn?: IsoDate | null;
  themes?: string[] | null;
  description?: string | null;
}

export function toPartnership(node: PartnershipNode): Partnership {
  return {
    id: node.id,
    name: node.name,
    kind: node.kind,
    startedOn: node.startedOn ?? null,
    endedOn: node.endedOn ?? null,
    themes: node.themes ?? [],
    description: node.description ?? null,
  };
}

/** A stakeholder's memberships as the query returns them: the stakeholder once, then each partnership. */
interface MembershipsRow {
  id: string;
  asOf: IsoDate | null;
  stakeholder: StakeholderNode;
  memberships: { role: MemberRole; partnership: PartnershipNode }[];
}

/** A partnership's members as the query returns them: the partnership once, then each stakeholder. */
interface MembersRow {
  key: string;
  partnership: PartnershipNode;
  members: { role: MemberRole; stakeholder: StakeholderNode }[];
}

function membership(role: MemberRole, stakeholder: Stakeholder, partnership: Partnership): Membership {
  return {
    role,
    stakeholder,
    partnership,
  };
}

export interface PartnershipFilter {
  kind?: PartnershipKind | null;
  theme?: string | null;
  search?: string | null;
  memberId?: string | null;
  communityId?: string | null;
  /** Only partnerships active at this date. */
  asOf?: IsoDate | null;
}

const SORT_BY: Readonly<Record<PartnershipOrder, 'name' | 'startedOn'>> = {
  NAME_ASC: 'name',
  NAME_DESC: 'name',
  STARTED_ON_ASC: 'startedOn',
  STARTED_ON_DESC: 'startedOn',
};

export class PartnershipService {
  private readonly getByIds: Query;
  private readonly getMembershipsOfStakeholders: Query;
  private readonly getMembersOfPartnerships: Query;
  private readonly findMissingStakeholders: Query;
  private readonly listPartnerships: Query;
  private readonly createPartnership: Query;
  private readonly lockPartnership: Query;
  private readonly updatePartnership: Query;
  private readonly addMemberQuery: Query;
  private readonly removeMemberQuery: Query;
  private readonly deletePartnership: Query;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.getByIds = catalog.require('partnerships/get-partnerships-by-ids');
    this.getMembershipsOfStakeholders = catalog.require('partnerships/get-memberships-of-stakeholders');
    this.getMembersOfPartnerships = catalog.require('partnerships/get-members-of-partnerships');
    this.findMissingStakeholders = catalog.require('stakeholders/find-missing-stakeholders');
    this.listPartnerships = catalog.require('partnerships/list-partnerships');
    this.createPartnership = catalog.require('partnerships/create-partnership');
    this.lockPartnership = catalog.require('partnerships/lock-partnership');
    this.updatePartnership = catalog.require('partnerships/update-partnership');
    this.addMemberQuery = catalog.require('partnerships/add-partnership-member');
    this.removeMemberQuery = catalog.require('partnerships/remove-partnership-member');
    this.deletePartnership = catalog.require('partnerships/delete-partnership');
  }

  async byIds(ids: readonly string[]): Promise<{ key: string; value: Partnership }[]> {
    const rows = await this.runner.read<{ key: string; node: PartnershipNode }>(this.getByIds, { ids });
    return rows.map((row) => ({ key: row.key, value: toPartnership(row.node) }));
  }

  /** Each stakeholder's memberships by partnership name, keyed by `datedKey`. */
  async membershipsOf(keys: readonly DatedKey[]): Promise<{ key: string; value: Membership[] }[]> {
    const rows = await this.runner.read<MembershipsRow>(this.getMembershipsOfStakeholders, {
      keys: keys.map((key) => ({ id: key.id, asOf: key.asOf })),
    });
    return rows.map((row) => {
      const stakeholder = toStakeholder(row.stakeholder);
      return {
        key: datedKey({ id: row.id, asOf: row.asOf }),
        value: row.memberships.map((m) => membership(m.role, stakeholder, toPartnership(m.partnership))),
      };
    });
  }

  /** Each partnership's memberships by stakeholder name, as (partnership id, memberships) pairs. */
  async membersOf(partnershipIds: readonly string[]): Promise<{ key: string; value: Membership[] }[]> {
    const rows = await this.runner.read<MembersRow>(this.getMembersOfPartnerships, { ids: partnershipIds });
    return rows.map((row) => {
      const partnership = toPartnership(row.partnership);
      return {
        key: row.key,
        value: row.members.map((m) => membership(m.role, toStakeholder(m.stakeholder), partnership)),
      };
    });
  }

  async list(
    filter: PartnershipFilter,
    order: PartnershipOrder,
    page: PageRequest,
  ): Promise<PageResult<Partnership>> {
    const [row] = await this.runner.read<PageResult<PartnershipNode>>(this.listPartnerships, {
      kind: filter.kind ?? null,
      theme: filter.theme ?? null,
      search: filter.search ?? null,
      memberId: filter.memberId ?? null,
      communityId: filter.communityId ?? null,
      activeAt: filter.asOf ?? null,
      sortBy: SORT_BY[order],
      ...pageParams(page),
    });
    return {
      totalCount: row?.totalCount ?? 0,
      rows: (row?.rows ?? []).map((r) => ({ key: r.key, node: toPartnership(r.node) })),
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
      const [row] = await tx.run<{ node: PartnershipNode; members: number }>(this.createPartnership, {
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
    });
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
    });
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
    });
  }

  /** Adds the member, or changes its role when it is one already; concurrent adds all land. */
  async addMember(partnershipId: string, member: MemberInput): Promise<Partnership> {
    return this.runner.writeTransaction(async (tx) => {
      await this.lock(tx, partnershipId);
      const [row] = await tx.run<{ node: PartnershipNode }>(this.addMemberQuery, {
        partnershipId,
        stakeholderId: member.stakeholderId,
        role: member.role,
      });
      if (!row) throw stakeholderNotFound(member.stakeholderId);
      return toPartnership(row.node);
    });
  }

  /** Removes a member; refused for the last one (delete the partnership instead). */
  async removeMember(partnershipId: string, stakeholderId: string): Promise<Partnership> {
    return this.runner.writeTransaction(async (tx) => {
      await this.lock(tx, partnershipId);
      const [row] = await tx.run<{ node: PartnershipNode; remaining: number }>(this.removeMemberQuery, {
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
    });
  }

  async delete(id: string): Promise<DeletePartnershipPayload> {
    const [row] = await this.runner.write<{ removedMemberships: number }>(this.deletePartnership, { id });
    if (!row) throw partnershipNotFound(id);
    return { deletedId: id, removedMemberships: row.removedMemberships };
  }

  private async requireStakeholders(tx: Transaction, ids: string[]): Promise<void> {
    const [row] = await tx.run<{ missing: string[] }>(this.findMissingStakeholders, { ids });
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
    const [row] = await tx.run<{ node: PartnershipNode }>(this.lockPartnership, { id });
    if (!row) throw partnershipNotFound(id);
    return toPartnership(row.node);
  }

  private async write(
    tx: Transaction,
    id: string,
    input: UpdatePartnershipInput,
    dates: { startedOn?: IsoDate | null; endedOn?: IsoDate | null },
  ): Promise<Partnership> {
    const [row] = await tx.run<{ node: PartnershipNode }>(this.updatePartnership, {
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

export function partnershipNotFound(id: string): NotFoundError {
  return new NotFoundError(`partnership '${id}' not found`, { id });
}
