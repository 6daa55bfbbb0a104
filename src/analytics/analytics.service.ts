import type { CypherCatalog, Query } from '../db/cypher-catalog';
import type { QueryRunner } from '../db/query-runner';
import type { IsoDate } from '../domain/dates';
import { NotFoundError } from '../errors';
import { Analysis, trendAnalyses } from './analysis';
import { restrictSubgraph } from './partner-graph';
import type { ScopeCommunity, ScopeMembership, ScopeStakeholder, Subgraph } from './subgraph';

export type Scope = { kind: 'community'; id: string } | { kind: 'region'; id: string };

interface SubgraphRow {
  id: string;
  name: string;
  communities: ScopeCommunity[];
  stakeholders: ScopeStakeholder[];
  memberships: ScopeMembership[];
}

/**
 * Fetches a scope's subgraph in one query and hands it to the pure measure modules. Where each measure
 * is computed: all of them in TypeScript over that subgraph (src/analytics/*.ts) — see the bench and
 * the README's Analytics section for why.
 */
export class AnalyticsService {
  private readonly fetchScopeSubgraph: Query;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.fetchScopeSubgraph = catalog.require('analytics/fetch-scope-subgraph');
  }

  /** The scope's stakeholders and the memberships of partnerships active at some date of [from, to]. */
  async subgraph(scope: Scope, activeFrom: IsoDate, activeTo: IsoDate): Promise<Subgraph> {
    const [row] = await this.runner.read<SubgraphRow>(this.fetchScopeSubgraph, {
      communityId: scope.kind === 'community' ? scope.id : null,
      regionId: scope.kind === 'region' ? scope.id : null,
      activeFrom,
      activeTo,
    });
    if (!row) throw new NotFoundError(`${scope.kind} '${scope.id}' not found`, { id: scope.id });
    return { scope: scope.kind, ...row };
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
    const key = `${scope.kind}\u0000${scope.id}\u0000${asOf}`;
    let found = this.analyses.get(key);
    if (!found) {
      found = this.subgraph(scope, asOf, asOf).then((subgraph) => new Analysis(subgraph, asOf));
      this.analyses.set(key, found);
    }
    return found;
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
    return byName.map((community) => ({
      community,
      analysis: new Analysis(
        restrictSubgraph(region, (s) => s.communityId === community.id, {
          scope: 'community',
          id: community.id,
          name: community.name,
          communities: [community],
        }),
        asOf,
      ),
    }));
  }

  private subgraph(scope: Scope, from: IsoDate, to: IsoDate): Promise<Subgraph> {
    const key = `${scope.kind}\u0000${scope.id}\u0000${from}\u0000${to}`;
    let found = this.subgraphs.get(key);
    if (!found) {
      found = this.service.subgraph(scope, from, to);
      this.subgraphs.set(key, found);
    }
    return found;
  }
}

export function yearEnd(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}
