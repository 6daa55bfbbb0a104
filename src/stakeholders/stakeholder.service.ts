import { communityNotFound } from '../communities/community.service';
import type { CypherCatalog, Query } from '../db/cypher-catalog';
import type { QueryRunner } from '../db/query-runner';
import type { Sector } from '../domain/enums';
import { generateId } from '../domain/ids';
import { presentFields } from '../domain/validation';
import { NotFoundError } from '../errors';
import { datedKey, type DatedKey } from '../graphql/batch';
import { pageParams, type PageRequest, type PageResult } from '../graphql/pagination';
import type { CreateStakeholderInput, UpdateStakeholderInput } from './stakeholder.input';
import type { DeleteStakeholderPayload, Stakeholder } from './stakeholder.type';

/** A :Stakeholder node's properties as the runner returns them (absent properties are missing). */
export interface StakeholderNode {
  id: string;
  name: string;
  sector: Sector;
  type?: string | null;
  description?: string | null;
  website?: string | null;
}

export function toStakeholder(node: StakeholderNode): Stakeholder {
  return {
    id: node.id,
    name: node.name,
    sector: node.sector,
    type: node.type ?? null,
    description: node.description ?? null,
    website: node.website ?? null,
  };
}

export interface StakeholderFilter {
  communityId?: string | null;
  regionId?: string | null;
  sector?: Sector | null;
  type?: string | null;
  search?: string | null;
}

export class StakeholderService {
  private readonly getByIds: Query;
  private readonly getOfCommunities: Query;
  private readonly getPartners: Query;
  private readonly getCommunities: Query;
  private readonly listStakeholders: Query;
  private readonly createStakeholder: Query;
  private readonly updateStakeholder: Query;
  private readonly deleteStakeholder: Query;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.getByIds = catalog.require('stakeholders/get-stakeholders-by-ids');
    this.getOfCommunities = catalog.require('stakeholders/get-stakeholders-of-communities');
    this.getPartners = catalog.require('stakeholders/get-partners-of-stakeholders');
    this.getCommunities = catalog.require('communities/get-communities-by-ids');
    this.listStakeholders = catalog.require('stakeholders/list-stakeholders');
    this.createStakeholder = catalog.require('stakeholders/create-stakeholder');
    this.updateStakeholder = catalog.require('stakeholders/update-stakeholder');
    this.deleteStakeholder = catalog.require('stakeholders/delete-stakeholder');
  }

  async byIds(ids: readonly string[]): Promise<{ key: string; value: Stakeholder }[]> {
    const rows = await this.runner.read<{ key: string; node: StakeholderNode }>(this.getByIds, { ids });
    return rows.map((row) => ({ key: row.key, value: toStakeholder(row.node) }));
  }

  /** Each community's stakeholders by name, as (community id, stakeholders) pairs. */
  async ofCommunities(communityIds: readonly string[]): Promise<{ key: string; value: Stakeholder[] }[]> {
    const rows = await this.runner.read<{ key: string; nodes: StakeholderNode[] }>(this.getOfCommunities, {
      ids: communityIds,
    });
    return rows.map((row) => ({ key: row.key, value: row.nodes.map(toStakeholder) }));
  }

  /** Each stakeholder's partners by name, keyed by `datedKey` (all partnerships, or those active at asOf). */
  async partnersOf(keys: readonly DatedKey[]): Promise<{ key: string; value: Stakeholder[] }[]> {
    const rows = await this.runner.read<{ id: string; asOf: string | null; nodes: StakeholderNode[] }>(
      this.getPartners,
      { keys: keys.map((key) => ({ id: key.id, asOf: key.asOf })) },
    );
    return rows.map((row) => ({
      key: datedKey({ id: row.id, asOf: row.asOf }),
      value: row.nodes.map(toStakeholder),
    }));
  }

  async list(filter: StakeholderFilter, page: PageRequest): Promise<PageResult<Stakeholder>> {
    const [row] = await this.runner.read<PageResult<StakeholderNode>>(this.listStakeholders, {
      communityId: filter.communityId ?? null,
      regionId: filter.regionId ?? null,
      sector: filter.sector ?? null,
      type: filter.type ?? null,
      search: filter.search ?? null,
      ...pageParams(page),
    });
    return {
      totalCount: row?.totalCount ?? 0,
      rows: (row?.rows ?? []).map((r) => ({ key: r.key, node: toStakeholder(r.node) })),
    };
  }

  async create(input: CreateStakeholderInput): Promise<Stakeholder> {
    const [row] = await this.runner.write<{ node: StakeholderNode }>(this.createStakeholder, {
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
      const [row] = await tx.run<{ node: StakeholderNode }>(this.updateStakeholder, {
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
    const [row] = await this.runner.write<{ removedMemberships: number }>(this.deleteStakeholder, { id });
    if (!row) throw stakeholderNotFound(id);
    return { deletedId: id, removedMemberships: row.removedMemberships };
  }
}

export function stakeholderNotFound(id: string): NotFoundError {
  return new NotFoundError(`stakeholder '${id}' not found`, { id });
}
