import { communityNotFound } from '../communities/community.service';
import type { CypherCatalog, Query } from '../db/cypher-catalog';
import type { QueryRunner } from '../db/query-runner';
import type { IsoDate } from '../domain/dates';
import type { NeedPriority } from '../domain/enums';
import { generateId } from '../domain/ids';
import { themeKey } from '../domain/themes';
import { presentFields } from '../domain/validation';
import { NotFoundError } from '../errors';
import { pageParams, type PageRequest, type PageResult } from '../graphql/pagination';
import {
  partnershipNotFound,
  toPartnership,
  type PartnershipNode,
} from '../partnerships/partnership.service';
import type { Partnership } from '../partnerships/partnership.type';
import type { CreateNeedInput, UpdateNeedInput } from './need.input';
import type { DeleteNeedPayload, Need } from './need.type';

/** A :Need node's properties as the runner returns them (absent properties are missing). */
export interface NeedNode {
  id: string;
  name: string;
  theme: string;
  targetGroup?: string | null;
  priority: NeedPriority;
  identifiedOn?: IsoDate | null;
  description?: string | null;
}

export function toNeed(node: NeedNode, communityId: string | null): Need {
  return {
    id: node.id,
    name: node.name,
    theme: node.theme,
    targetGroup: node.targetGroup ?? null,
    priority: node.priority,
    identifiedOn: node.identifiedOn ?? null,
    description: node.description ?? null,
    communityId,
  };
}

export interface NeedFilter {
  communityId?: string | null;
  regionId?: string | null;
  addressedBy?: string | null;
  priority?: NeedPriority | null;
  theme?: string | null;
  search?: string | null;
}

export class NeedService {
  private readonly getByIds: Query;
  private readonly getOfCommunities: Query;
  private readonly getOfPartnerships: Query;
  private readonly getAddressing: Query;
  private readonly getCommunities: Query;
  private readonly listNeeds: Query;
  private readonly createNeed: Query;
  private readonly updateNeed: Query;
  private readonly deleteNeed: Query;
  private readonly addAddressedQuery: Query;
  private readonly removeAddressedQuery: Query;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.getByIds = catalog.require('needs/get-needs-by-ids');
    this.getOfCommunities = catalog.require('needs/get-needs-of-communities');
    this.getOfPartnerships = catalog.require('needs/get-needs-of-partnerships');
    this.getAddressing = catalog.require('needs/get-partnerships-addressing-needs');
    this.getCommunities = catalog.require('communities/get-communities-by-ids');
    this.listNeeds = catalog.require('needs/list-needs');
    this.createNeed = catalog.require('needs/create-need');
    this.updateNeed = catalog.require('needs/update-need');
    this.deleteNeed = catalog.require('needs/delete-need');
    this.addAddressedQuery = catalog.require('needs/add-addressed-need');
    this.removeAddressedQuery = catalog.require('needs/remove-addressed-need');
  }

  async byIds(ids: readonly string[]): Promise<{ key: string; value: Need }[]> {
    const rows = await this.runner.read<{ key: string; node: NeedNode; communityId: string | null }>(
      this.getByIds,
      { ids },
    );
    return rows.map((row) => ({ key: row.key, value: toNeed(row.node, row.communityId) }));
  }

  /** Each community's needs by name, as (community id, needs) pairs. */
  async ofCommunities(communityIds: readonly string[]): Promise<{ key: string; value: Need[] }[]> {
    const rows = await this.runner.read<{ key: string; nodes: NeedNode[] }>(this.getOfCommunities, {
      ids: communityIds,
    });
    return rows.map((row) => ({ key: row.key, value: row.nodes.map((n) => toNeed(n, row.key)) }));
  }

  /** The needs each partnership addresses, by name, as (partnership id, needs) pairs. */
  async ofPartnerships(partnershipIds: readonly string[]): Promise<{ key: string; value: Need[] }[]> {
    const rows = await this.runner.read<{
      key: string;
      needs: { node: NeedNode; communityId: string | null }[];
    }>(this.getOfPartnerships, { ids: partnershipIds });
    return rows.map((row) => ({
      key: row.key,
      value: row.needs.map((n) => toNeed(n.node, n.communityId)),
    }));
  }

  /** The partnerships addressing each need, by name, as (need id, partnerships) pairs. */
  async addressing(needIds: readonly string[]): Promise<{ key: string; value: Partnership[] }[]> {
    const rows = await this.runner.read<{ key: string; nodes: PartnershipNode[] }>(this.getAddressing, {
      ids: needIds,
    });
    return rows.map((row) => ({ key: row.key, value: row.nodes.map(toPartnership) }));
  }

  async list(filter: NeedFilter, page: PageRequest): Promise<PageResult<Need>> {
    const [row] = await this.runner.read<{
      totalCount: number;
      rows: { node: NeedNode; key: string; communityId: string | null }[];
    }>(this.listNeeds, {
      communityId: filter.communityId ?? null,
      regionId: filter.regionId ?? null,
      addressedBy: filter.addressedBy ?? null,
      priority: filter.priority ?? null,
      themeKey: filter.theme == null ? null : themeKey(filter.theme),
      search: filter.search ?? null,
      ...pageParams(page),
    });
    return {
      totalCount: row?.totalCount ?? 0,
      rows: (row?.rows ?? []).map((r) => ({ key: r.key, node: toNeed(r.node, r.communityId) })),
    };
  }

  async create(input: CreateNeedInput): Promise<Need> {
    const [row] = await this.runner.write<{ node: NeedNode; communityId: string }>(this.createNeed, {
      id: input.id ?? generateId(input.name, 'need'),
      name: input.name,
      theme: input.theme,
      themeKey: themeKey(input.theme),
      targetGroup: input.targetGroup ?? null,
      priority: input.priority,
      identifiedOn: input.identifiedOn ?? null,
      description: input.description ?? null,
      communityId: input.communityId,
    });
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
      const [row] = await tx.run<{ node: NeedNode; communityId: string | null }>(this.updateNeed, {
        id,
        changes,
        setIdentifiedOn: input.identifiedOn !== undefined,
        identifiedOn: input.identifiedOn ?? null,
        communityId: input.communityId ?? null,
      });
      if (!row) throw needNotFound(id);
      return toNeed(row.node, row.communityId);
    });
  }

  async delete(id: string): Promise<DeleteNeedPayload> {
    const [row] = await this.runner.write<{ removedAddressing: number }>(this.deleteNeed, { id });
    if (!row) throw needNotFound(id);
    return { deletedId: id, removedAddressing: row.removedAddressing };
  }

  /** Records that the partnership addresses the need; adding it again changes nothing. */
  async addAddressed(partnershipId: string, needId: string): Promise<Partnership> {
    const [row] = await this.runner.write<{
      node: PartnershipNode | null;
      partnershipFound: boolean;
      needFound: boolean;
    }>(this.addAddressedQuery, { partnershipId, needId });
    if (!row?.partnershipFound || !row.node) throw partnershipNotFound(partnershipId);
    if (!row.needFound) throw needNotFound(needId);
    return toPartnership(row.node);
  }

  /** Removes the link; NOT_FOUND when the partnership does not address that need. */
  async removeAddressed(partnershipId: string, needId: string): Promise<Partnership> {
    const [row] = await this.runner.write<{ node: PartnershipNode | null; removed: number }>(
      this.removeAddressedQuery,
      { partnershipId, needId },
    );
    if (!row?.node) throw partnershipNotFound(partnershipId);
    if (row.removed === 0) {
      throw new NotFoundError(`partnership '${partnershipId}' does not address need '${needId}'`, {
        id: needId,
      });
    }
    return toPartnership(row.node);
  }
}

export function needNotFound(id: string): NotFoundError {
  return new NotFoundError(`need '${id}' not found`, { id });
}
