import type { CypherCatalog, Query } from '../db/cypher-catalog';
import type { QueryRunner } from '../db/query-runner';
import { NotFoundError } from '../errors';
import {
  NETWORK_FORMAT,
  type AddressedNeedRecord,
  type AssetRecord,
  type NeedRecord,
  type CommunityRecord,
  type NetworkDocument,
  type PartnershipRecord,
  type RegionRecord,
  type StakeholderRecord,
} from '../network-document/network-document';

/** One community, one region, or (both absent) everything. */
export interface ExportScope {
  communityId?: string | null;
  regionId?: string | null;
}

/** How far an export has read: `done` of EXPORT_READS queries, the last one having read `rows` `records`. */
export interface ExportProgress {
  done: number;
  total: number;
  records: string;
  rows: number;
}

/** The reads of an export, in order: the scope, then each record type (for progress). */
export const EXPORT_READS = 8;

export interface ExportedNetwork {
  document: NetworkDocument;
  /** Ids of the communities the scope covers; the document may hold more (home communities of outside members). */
  communities: string[];
}

/** Drops absent optional values, so an exported record looks like one a person would write. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null)) as T;
}

/**
 * Reads a network document back out of the graph, sorted by id throughout, so the same graph always
 * gives the same document. A partnership is exported with all its members; members based outside the
 * scope come along with their community and region, so the document imports on its own.
 */
export class NetworkExporter {
  private readonly findScope: Query;
  private readonly listPartnerships: Query;
  private readonly listStakeholders: Query;
  private readonly listCommunities: Query;
  private readonly listRegions: Query;
  private readonly listNeeds: Query;
  private readonly listAssets: Query;
  private readonly listAddressedNeeds: Query;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.findScope = catalog.require('exporter/find-scope');
    this.listPartnerships = catalog.require('exporter/list-partnerships');
    this.listStakeholders = catalog.require('exporter/list-stakeholders');
    this.listCommunities = catalog.require('exporter/list-communities');
    this.listRegions = catalog.require('exporter/list-regions');
    this.listNeeds = catalog.require('exporter/list-needs');
    this.listAssets = catalog.require('exporter/list-assets');
    this.listAddressedNeeds = catalog.require('exporter/list-addressed-needs');
  }

  async export(
    scope: ExportScope = {},
    onProgress: (progress: ExportProgress) => void = () => undefined,
  ): Promise<ExportedNetwork> {
    let done = 0;
    const step = <T>(records: string, rows: T[]): T[] => {
      done += 1;
      onProgress({ done, total: EXPORT_READS, records, rows: rows.length });
      return rows;
    };
    const community = scope.communityId ?? null;
    const region = scope.regionId ?? null;
    const all = community === null && region === null;
    const [found] = await this.runner.read<{
      communityFound: boolean;
      regionFound: boolean;
      communities: string[];
    }>(this.findScope, { community, region });
    if (!found?.communityFound) throw new NotFoundError(`community '${community}' not found`);
    if (!found.regionFound) throw new NotFoundError(`region '${region}' not found`);
    const communities = step('communities in scope', found.communities);

    const partnerships = step(
      'partnerships',
      await this.runner.read<PartnershipRecord>(this.listPartnerships, { all, communities }),
    );
    const stakeholders = step(
      'stakeholders',
      await this.runner.read<StakeholderRecord>(this.listStakeholders, {
        all,
        communities,
        partnerships: partnerships.map((p) => p.id),
      }),
    );
    const communityIds = [...new Set([...communities, ...stakeholders.map((s) => s.community)])];
    const communityRecords = step(
      'communities',
      await this.runner.read<CommunityRecord>(this.listCommunities, { all, ids: communityIds }),
    );
    const regionIds = [...new Set([...(region ? [region] : []), ...communityRecords.map((c) => c.region)])];
    const regions = step(
      'regions',
      await this.runner.read<RegionRecord>(this.listRegions, { all, ids: regionIds }),
    );

    const needs = step('needs', await this.runner.read<NeedRecord>(this.listNeeds, { all, communities }));
    const assets = step(
      'assets',
      await this.runner.read<AssetRecord>(this.listAssets, {
        all,
        stakeholders: stakeholders.map((s) => s.id),
      }),
    );
    const addressedNeeds = step(
      'addressed needs',
      await this.runner.read<AddressedNeedRecord>(this.listAddressedNeeds, {
        all,
        partnerships: partnerships.map((p) => p.id),
        needs: needs.map((n) => n.id),
      }),
    );

    return {
      communities,
      document: {
        format: NETWORK_FORMAT,
        regions: regions.map(compact),
        communities: communityRecords.map(compact),
        stakeholders: stakeholders.map(compact),
        partnerships: partnerships.map((p) => ({ ...compact(p), themes: p.themes ?? [] })),
        // The optional lists only when there is something to list: a graph without needs exports as before.
        ...(needs.length > 0 ? { needs: needs.map(compact) } : {}),
        ...(assets.length > 0
          ? { assets: assets.map((a) => ({ ...compact(a), themes: a.themes ?? [] })) }
          : {}),
        ...(addressedNeeds.length > 0 ? { addressedNeeds } : {}),
      },
    };
  }
}
