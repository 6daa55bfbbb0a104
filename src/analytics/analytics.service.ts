import type { CypherCatalog, Query } from '../db/cypher-catalog';
import type { QueryRunner } from '../db/query-runner';
import { yearEnd, type IsoDate } from '../domain/dates';
import { NotFoundError } from '../errors';
import { Analysis, trendAnalyses } from './analysis';
import { restrictSubgraph } from './partner-graph';
import type { CommunityKind, MemberRole, PartnershipKind, Sector } from '../domain/enums';
import { fetchScopeNeeds } from './needs-fetch';
import type { ScopeCommunity, Subgraph } from './subgraph';

export type Scope = { kind: 'community'; id: string } | { kind: 'region'; id: string };

/** One streamed row of analytics/fetch-scope-subgraph: compact lists, see the .cypher file. */
type SubgraphRow =
  | { row: 'scope'; data: [id: string, name: string]; members: null; roles: null }
  | {
      row: 'community';
      data: [
        id: string,
        name: string,
        country: string,
        kind: CommunityKind,
        population: number | null,
        regionId: string | null,
      ];
      members: null;
      roles: null;
    }
  | {
      row: 'stakeholder';
      data: [
        id: string,
        name: string,
        sector: Sector,
        type: string | null,
        description: string | null,
        website: string | null,
        communityId: string,
      ];
      members: null;
      roles: null;
    }
  | {
      row: 'partnership';
      data: [id: string, kind: PartnershipKind, startedOn: string | null, endedOn: string | null];
      members: string[];
      roles: MemberRole[];
    };

/**
 * Fetches a scope's subgraph in one query and hands it to the pure measure modules. Where each measure
 * is computed: all of them in TypeScript over that subgraph (src/analytics/*.ts) — see the bench and
 * the README's Analytics section for why.
 */
export class AnalyticsService {
  private readonly fetchScopeSubgraph: Query;
  private readonly fetchScopeNeeds: Query;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.fetchScopeSubgraph = catalog.require('analytics/fetch-scope-subgraph');
    this.fetchScopeNeeds = catalog.require('analytics/fetch-scope-needs');
  }

  /** The scope's stakeholders and the memberships of partnerships active at some date of [from, to]. */
  async subgraph(scope: Scope, activeFrom: IsoDate, activeTo: IsoDate): Promise<Subgraph> {
    const rows = await this.runner.read<SubgraphRow>(this.fetchScopeSubgraph, {
      communityId: scope.kind === 'community' ? scope.id : null,
      regionId: scope.kind === 'region' ? scope.id : null,
      activeFrom,
      activeTo,
    });
    const subgraph: Subgraph = {
      scope: scope.kind,
      id: scope.id,
      name: '',
      communities: [],
      stakeholders: [],
      partnerships: [],
    };
    let found = false;
    for (const { row, data, members, roles } of rows) {
      switch (row) {
        case 'scope':
          found = true;
          subgraph.name = data[1];
          break;
        case 'community': {
          const [id, name, country, kind, population, regionId] = data;
          subgraph.communities.push({ id, name, country, kind, population, regionId });
          break;
        }
        case 'stakeholder': {
          const [id, name, sector, type, description, website, communityId] = data;
          subgraph.stakeholders.push({ id, name, sector, type, description, website, communityId });
          break;
        }
        case 'partnership': {
          const [id, kind, startedOn, endedOn] = data;
          subgraph.partnerships.push({
            id,
            kind,
            startedOn,
            endedOn,
            members: members.map((stakeholderId, i) => ({ stakeholderId, role: roles[i]! })),
          });
          break;
        }
      }
    }
    if (!found) throw new NotFoundError(`${scope.kind} '${scope.id}' not found`, { id: scope.id });
    const { needs, assets } = await fetchScopeNeeds(this.runner, this.fetchScopeNeeds, {
      communityId: scope.kind === 'community' ? scope.id : null,
      regionId: scope.kind === 'region' ? scope.id : null,
    });
    return { ...subgraph, needs, assets };
  }

  /** Per-request memo: fields of one request asking for the same scope and date share one fetch. */
  session(): AnalyticsSession {
    return new AnalyticsSession(this);
  }
}

export class AnalyticsSession {
  private readonly subgraphs = new Map<string, Promise<Subgraph>>();
  private readonly analyses = new Map<string, Promise<Analysis>>();

  constructor(private readonly service: AnalyticsService) {}

  analysis(scope: Scope, asOf: IsoDate): Promise<Analysis> {
    return memo(this.analyses, analysisKey(scope.kind, scope.id, asOf), () =>
      this.subgraph(scope, asOf, asOf).then((subgraph) => new Analysis(subgraph, asOf)),
    );
  }

  /** One fetch over the whole range; each year-end is filtered in TypeScript. */
  async trend(scope: Scope, fromYear: number, toYear: number) {
    const subgraph = await this.subgraph(scope, yearEnd(fromYear), yearEnd(toYear));
    return trendAnalyses(subgraph, fromYear, toYear);
  }

  /** Each community of a region analysed on its own (by name), from the region's one fetch. */
  async communities(
    regionId: string,
    asOf: IsoDate,
  ): Promise<{ community: ScopeCommunity; analysis: Analysis }[]> {
    const region = await this.subgraph({ kind: 'region', id: regionId }, asOf, asOf);
    const byName = [...region.communities].sort(
      (a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
    );
    // Kept in the same memo as community(id) analyses: a request asking for both analyses each once.
    return Promise.all(
      byName.map(async (community) => ({
        community,
        analysis: await memo(this.analyses, analysisKey('community', community.id, asOf), () =>
          Promise.resolve(
            new Analysis(
              restrictSubgraph(region, (s) => s.communityId === community.id, {
                scope: 'community',
                id: community.id,
                name: community.name,
                communities: [community],
              }),
              asOf,
            ),
          ),
        ),
      })),
    );
  }

  private subgraph(scope: Scope, from: IsoDate, to: IsoDate): Promise<Subgraph> {
    return memo(this.subgraphs, `${scope.kind}\u0000${scope.id}\u0000${from}\u0000${to}`, () =>
      this.service.subgraph(scope, from, to),
    );
  }
}

const analysisKey = (kind: Scope['kind'], id: string, asOf: IsoDate): string =>
  `${kind}\u0000${id}\u0000${asOf}`;

/** The promise stored under `key`, made (once) when there is none yet. */
function memo<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let found = cache.get(key);
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}
