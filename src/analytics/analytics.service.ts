import { setImmediate } from 'node:timers/promises';
import { LRUCache } from 'lru-cache';
import type { CypherCatalog, Query } from '../db/cypher-catalog';
import type { QueryRunner } from '../db/query-runner';
import { activeDuring, yearEnd, type IsoDate } from '../domain/dates';
import { NotFoundError } from '../errors';
import { Analysis, trendAnalyses } from './analysis';
import { compareIds, inIdOrder, restrictSubgraph } from './partner-graph';
import type { CommunityKind, MemberRole, PartnershipKind, Sector } from '../domain/enums';
import { WorkerPool, type StructureEngine } from './network/worker-pool';
import { Lane } from './lane';
import { fetchScopeNeeds } from './needs-fetch';
import { filterSteps, stepByStep } from './steps';
import type { ScopeCommunity, ScopePartnership, Subgraph } from './subgraph';

export type Scope = { kind: 'community'; id: string } | { kind: 'region'; id: string };

/**
 * One streamed row of analytics/fetch-scope-subgraph, by position: [row, data, members, roles] with
 * compact lists (see the .cypher file).
 */
type SubgraphRow =
  | ['scope', [id: string, name: string, version: string, baseVersion: string], null, null]
  | [
      'community',
      [
        id: string,
        name: string,
        country: string,
        kind: CommunityKind,
        population: number | null,
        regionId: string | null,
      ],
      null,
      null,
    ]
  | [
      'stakeholder',
      [
        id: string,
        name: string,
        sector: Sector,
        type: string | null,
        description: string | null,
        website: string | null,
        communityId: string,
      ],
      null,
      null,
    ]
  | [
      'partnership',
      [id: string, kind: PartnershipKind, startedOn: string | null, endedOn: string | null],
      string[],
      MemberRole[],
    ];

/**
 * The graph version and the base version (of the regions, communities and stakeholders) a read saw:
 * src/db/graph-version.ts.
 */
export interface GraphVersions {
  version: string;
  baseVersion: string;
}

/** One part of a scope's fetch, as folded: `found` when the scope exists, with the versions read. */
type FetchedPart = Pick<Subgraph, 'name' | 'communities' | 'stakeholders' | 'partnerships'> & {
  found: boolean;
  versions: GraphVersions | null;
};

const emptyPart = (): FetchedPart => ({
  name: '',
  communities: [],
  stakeholders: [],
  partnerships: [],
  found: false,
  versions: null,
});

/**
 * Parts a region's fetch is split into, run at once: each query runs on one Neo4j thread, so two use
 * two cores (bench/analytics.bench.ts: fetch p50 of a 40,000-stakeholder region).
 */
const REGION_FETCH_PARTS = 2;

const partsFor = (scope: Scope): number => (scope.kind === 'region' ? REGION_FETCH_PARTS : 1);

/**
 * Queries of analytics/fetch-scope-subgraph streaming at once, whatever the number of analyses
 * fetching: as many as a region's parts. The event loop decodes every streamed row itself, and reads
 * each socket with data waiting in the same round, so four region dashboards right after a write
 * (nine streams: the stakeholders and two parts each) made every round tens of milliseconds long,
 * and a /health round trip takes several rounds. Two at a time, /health p99 under them went from
 * 54–117 ms to 37–49 ms (three rounds of each, on the development machine), and a single dashboard
 * after a write, three streams, took as long (p50 of ten: 2.13–2.15 s unbounded, 1.95–2.15 s two at
 * a time, two runs each).
 */
const FETCH_STREAMS = REGION_FETCH_PARTS;

/**
 * A scope's base: its communities and stakeholders (in id order), which no date changes, kept per
 * base version (the writes of partnerships, members, needs and assets leave it).
 */
type ScopeBase = FetchedPart;

/**
 * What a scope keeps per graph version beside its base: needs and assets; whether a window's
 * partnerships were fetched, and, from the second window, the whole partnership history
 * (AnalyticsService.subgraph). Mutable: the service updates the last three.
 */
type ScopeTies = Required<Pick<Subgraph, 'needs' | 'assets'>> & {
  /** The base of this graph version's base version. */
  base: ScopeBase;
  /** A window's partnerships were fetched for it: the next window takes the history. */
  windowFetched: boolean;
  history?: Promise<ScopePartnership[] | null>;
  /** A write to the base landed after it was read: every window is fetched in one query (see subgraph). */
  outdated?: boolean;
};

/**
 * One string object per distinct value of a fetch's few-valued fields: roles, sectors, types, kinds,
 * dates and community ids. The driver decodes every string afresh, so a region's 127,000 roles were
 * 127,000 strings kept by the cached analysis. Pooled, the fresh copies die young, and a cold
 * analysis leaves that much less for the garbage collector to copy out of the young generation and
 * mark in the old one. Ids and names are left as they come: pooling the member ids too would save
 * 4 MB more per region, but the lookups in a map of 40,000 ids cost the event loop ~100 ms per fetch.
 */
type StringPool = <T extends string | null>(value: T) => T;

function stringPool(): StringPool {
  const pooled = new Map<string, string>();
  return <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const found = pooled.get(value);
    if (found !== undefined) return found as T;
    pooled.set(value, value);
    return value;
  };
}

/** Adds one fetched row to the part being built (the scope row says the scope exists). */
function addSubgraphRow(subgraph: FetchedPart, values: unknown[], pool: StringPool): void {
  const [row, data, members, roles] = values as SubgraphRow;
  switch (row) {
    case 'scope':
      subgraph.found = true;
      subgraph.name = data[1];
      subgraph.versions = { version: data[2], baseVersion: data[3] };
      break;
    case 'community': {
      const [id, name, country, kind, population, regionId] = data;
      subgraph.communities.push({ id, name, country, kind, population, regionId });
      break;
    }
    case 'stakeholder': {
      const [id, name, sector, type, description, website, communityId] = data;
      subgraph.stakeholders.push({
        id,
        name,
        sector: pool(sector),
        type: pool(type),
        description,
        website,
        communityId: pool(communityId),
      });
      break;
    }
    case 'partnership': {
      const [id, kind, startedOn, endedOn] = data;
      // Copied at their length: the driver grows each decoded list by push, which keeps room for 17
      // entries (a partnership has three or so members: 9 MB of a region's rows).
      subgraph.partnerships.push({
        id,
        kind: pool(kind),
        startedOn: pool(startedOn),
        endedOn: pool(endedOn),
        memberIds: members.slice(),
        roles: roles.map((role) => pool(role)),
      });
      break;
    }
  }
}

/**
 * The parts' rows as one list in id order, a row whose id two parts share (a partnership joining
 * communities of both) kept once, from the first part. Merged rather than concatenated: in id order,
 * buildPartnerGraph need not sort a region's 45,000 partnerships and 40,000 stakeholders by id again
 * (~55 ms of main-thread CPU per cold region), nor the parts be deduplicated through a Set of ids.
 */
function mergedInIdOrder<T extends { id: string }>(parts: readonly (readonly T[])[]): T[] {
  return parts.map(inIdOrder).reduce<T[]>(mergeById, []);
}

/** Two lists in id order merged into a new one in id order; an id in both is kept once, from `a`. */
function mergeById<T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] {
  const both: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const order = compareIds(a[i]!.id, b[j]!.id);
    if (order <= 0) {
      both.push(a[i]!);
      i += 1;
      if (order === 0) j += 1;
    } else {
      both.push(b[j]!);
      j += 1;
    }
  }
  while (i < a.length) both.push(a[i++]!);
  while (j < b.length) both.push(b[j++]!);
  return both;
}

/** Cached analyses: an entry weighs its stakeholders plus its partnerships; about 12 regions of 40,000. */
const CACHE_WEIGHT = 1_000_000;
const CACHE_ENTRIES = 256;

export interface AnalyticsOptions {
  /** Where the heavy network measures run; default a worker pool sized to the machine. */
  engine?: StructureEngine;
  cacheWeight?: number;
}

/** What the service has computed since it started (tests count these to prove reuse). */
export interface AnalyticsStats {
  /** Scope fetches turned into analyses: one per cache miss. */
  analyses: number;
}

/**
 * Fetches a scope's subgraph in one query and hands it to the pure measure modules; keeps computed
 * analyses in one cache shared by every field of every request, keyed by (scope, asOf, graph version).
 * Every write changes the graph version in its own transaction (src/db/graph-version.ts), so an entry
 * is never served after a write a request can see; entries of older versions age out of the LRU.
 */
export class AnalyticsService {
  readonly engine: StructureEngine;
  readonly stats: AnalyticsStats = { analyses: 0 };
  private readonly fetchScopeSubgraph: Query;
  private readonly getGraphVersion: Query;
  private readonly cache: LRUCache<string, { value: Promise<unknown> }>;
  private readonly fetchScopeNeeds: Query;
  /** Every fetch of analytics/fetch-scope-subgraph runs through it (see FETCH_STREAMS). */
  private readonly fetchLane = new Lane(FETCH_STREAMS);

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
    options: AnalyticsOptions = {},
  ) {
    this.fetchScopeSubgraph = catalog.require('analytics/fetch-scope-subgraph');
    this.fetchScopeNeeds = catalog.require('analytics/fetch-scope-needs');
    this.getGraphVersion = catalog.require('system/get-graph-version');
    this.engine = options.engine ?? new WorkerPool();
    this.cache = new LRUCache({ max: CACHE_ENTRIES, maxSize: options.cacheWeight ?? CACHE_WEIGHT });
  }

  /** The graph and base versions now: one tiny read, done once per request. */
  async graphVersions(): Promise<GraphVersions> {
    const [row] = await this.runner.read<GraphVersions>(this.getGraphVersion);
    return row ?? { version: 'initial', baseVersion: 'initial' };
  }

  /**
   * The value cached under `key`, made once when absent; concurrent callers share the one in flight.
   * A failed computation is dropped, so the next request tries again.
   */
  cached<T>(key: string, make: () => Promise<T>, weigh: (value: T) => number): Promise<T> {
    const found = this.cache.get(key);
    if (found) return found.value as Promise<T>;
    const entry = { value: make() as Promise<unknown> };
    this.cache.set(key, entry, { size: 1 });
    entry.value.then(
      (value) => {
        if (this.cache.peek(key) === entry)
          this.cache.set(key, entry, { size: Math.max(1, Math.min(weigh(value as T), CACHE_WEIGHT)) });
      },
      () => {
        if (this.cache.peek(key) === entry) this.cache.delete(key);
      },
    );
    return entry.value as Promise<T>;
  }

  /** The value cached under `key`, if any, without making it. */
  private kept<T>(key: string): Promise<T> | undefined {
    return this.cache.get(key)?.value as Promise<T> | undefined;
  }

  /** Gives the entry cached under `key` a new weight (ties that took their history on). */
  private reweigh(key: string, weight: number): void {
    const entry = this.cache.peek(key);
    if (entry) this.cache.set(key, entry, { size: Math.max(1, Math.min(weight, CACHE_WEIGHT)) });
  }

  private lastTurn: Promise<unknown> = Promise.resolve();

  /**
   * Resolves on a later turn of the event loop than the previous caller's. Every field of a request
   * awaits the same analysis, so without this their measures would run back to back in one turn (over
   * half a second for a cold region), holding up /health and every other request; chained like this,
   * each field's measures take a turn of their own and the loop serves I/O in between. (Immediates
   * queued at once would all run in one check phase, before any socket is read.)
   */
  nextTurn(): Promise<unknown> {
    return (this.lastTurn = this.lastTurn.then(() => setImmediate()));
  }

  /** A fresh analysis of a fetched subgraph (counted: the cache calls this once per miss). */
  analyse(subgraph: Subgraph, asOf: IsoDate): Analysis {
    this.stats.analyses += 1;
    return new Analysis(subgraph, asOf, this.engine);
  }

  async close(): Promise<void> {
    this.cache.clear();
    await this.engine.close();
  }

  /**
   * The scope's stakeholders and the memberships of partnerships active at some date of [from, to].
   *
   * Given the graph `versions`, the base (the communities and stakeholders) is kept per base version,
   * which survives the writes of partnerships, members, needs and assets; the needs and assets, and
   * what was fetched of the partnerships, are kept per graph version. So the first window after
   * adding a partnership fetches that window's partnerships but not the stakeholders, and a new date
   * at an unchanged version fetches only its partnerships. A second window asked at one version means
   * the scope is being looked at through time (a date picker, a trend, a report comparing dates): its
   * whole partnership history is fetched once, and every later window is filtered from it in memory.
   * The first window after a write stays a fetch of just its partnerships, the cheapest way to the
   * dashboard of today.
   *
   * The base, the partnerships and the history come from separate transactions: when a write to the
   * base landed between them (they read different base versions), or between a region's two parts
   * (they read different versions), the scope is fetched again in one query, and so is every later
   * window asked at that graph version (requests that read it before the write; those after it have a
   * base of their own).
   */
  async subgraph(
    scope: Scope,
    activeFrom: IsoDate,
    activeTo: IsoDate,
    versions?: GraphVersions,
  ): Promise<Subgraph> {
    const tiesKey = versions && cacheKey('ties', versions.version, scope.kind, scope.id);
    const keptTies = tiesKey === undefined ? undefined : this.kept<ScopeTies>(tiesKey);
    if (keptTies) {
      const ties = await keptTies;
      if (ties.outdated) return this.inOneQuery(scope, activeFrom, activeTo, ties);
      if (ties.windowFetched) {
        const history = await this.historyOf(scope, ties, tiesKey!);
        if (!history) return this.inOneQuery(scope, activeFrom, activeTo, ties);
        // In steps: a region's history is 66,000 partnerships.
        const during = filterSteps(history, (p) =>
          activeDuring(p.startedOn, p.endedOn, activeFrom, activeTo),
        );
        return subgraphOf(scope, ties.base, await stepByStep(during, () => this.nextTurn()), ties);
      }
    }
    const baseKey = versions && cacheKey('base', versions.baseVersion, scope.kind, scope.id);
    const base =
      baseKey === undefined
        ? this.fetchBase(scope)
        : this.cached(baseKey, () => this.fetchBase(scope), baseWeight);
    // Settled here too, so a failed stakeholder fetch leaves no unhandled rejection behind.
    base.catch(() => undefined);
    const made = async (): Promise<ScopeTies> => {
      // The needs and assets do not depend on the stakeholder rows: both queries at once.
      const needs = await fetchScopeNeeds(this.runner, this.fetchScopeNeeds, scopeParams(scope));
      return { ...needs, base: await base, windowFetched: false };
    };
    const ties = tiesKey === undefined ? made() : this.cached(tiesKey, made, tiesWeight);
    const partsFetched = this.fetchParts(scope, 'partnerships', activeFrom, activeTo, partsFor(scope));
    const [fetched, parts] = await Promise.all([ties, partsFetched]);
    fetched.windowFetched = true;
    if (!consistent(parts, fetched.base)) {
      fetched.outdated = true;
      return this.inOneQuery(scope, activeFrom, activeTo, fetched);
    }
    return subgraphOf(scope, fetched.base, mergedInIdOrder(parts.map((part) => part.partnerships)), fetched);
  }

  /**
   * The whole partnership history in id order (see subgraph), fetched once and kept with the graph
   * version's ties; null when a write to the base landed between the base and the history: the ties
   * are then outdated, and nothing more is fetched for them.
   */
  private async historyOf(scope: Scope, ties: ScopeTies, key: string): Promise<ScopePartnership[] | null> {
    ties.history ??= this.fetchParts(scope, 'partnerships', null, null, partsFor(scope)).then((parts) => {
      if (!consistent(parts, ties.base)) {
        ties.outdated = true;
        return null;
      }
      const history = mergedInIdOrder(parts.map((part) => part.partnerships));
      this.reweigh(key, tiesWeight(ties) + history.length);
      return history;
    });
    return ties.history.catch((error: unknown) => {
      ties.history = undefined;
      throw error;
    });
  }

  /** The scope with the partnerships of [from, to] in one query, one transaction. */
  private async inOneQuery(
    scope: Scope,
    activeFrom: IsoDate,
    activeTo: IsoDate,
    { needs, assets }: Pick<ScopeTies, 'needs' | 'assets'>,
  ): Promise<Subgraph> {
    const [whole] = await this.fetchParts(scope, 'all', activeFrom, activeTo, 1);
    const fetched = found(scope, whole!);
    return subgraphOf(scope, fetched, fetched.partnerships, { needs, assets });
  }

  /** The scope's communities and stakeholders: what no date changes. */
  private async fetchBase(scope: Scope): Promise<ScopeBase> {
    const [part] = await this.fetchParts(scope, 'stakeholders', null, null, 1);
    return found(scope, part!);
  }

  /**
   * The scope's `rows` fetched in `parts` queries at once, as places in the fetch lane allow, each
   * folding its rows as they stream in (a region's 85,000 rows are never held twice, and the event
   * loop is taken a batch at a time).
   */
  private fetchParts(
    scope: Scope,
    rows: 'stakeholders' | 'partnerships' | 'all',
    activeFrom: IsoDate | null,
    activeTo: IsoDate | null,
    parts: number,
  ): Promise<FetchedPart[]> {
    const params = { ...scopeParams(scope), rows, activeFrom, activeTo, parts };
    const pool = stringPool();
    return Promise.all(
      Array.from({ length: parts }, (_, part) =>
        this.fetchLane.run(() =>
          this.runner.readFold(this.fetchScopeSubgraph, { ...params, part }, emptyPart, (subgraph, values) =>
            addSubgraphRow(subgraph, values, pool),
          ),
        ),
      ),
    );
  }

  /** Per-request state: the graph versions read once, then every analysis through the shared cache. */
  session(): AnalyticsSession {
    return new AnalyticsSession(this);
  }
}

export class AnalyticsSession {
  private versionsValue?: Promise<GraphVersions>;
  /** Scopes (kind, id, asOf) whose network structure a field of this request will read. */
  private readonly structureWanted = new Set<string>();

  constructor(private readonly service: AnalyticsService) {}

  /** The graph versions this request reads at, fetched on first use. */
  versions(): Promise<GraphVersions> {
    return (this.versionsValue ??= this.service.graphVersions());
  }

  /**
   * The analysis of a scope at a date, from the shared cache. `structure`: the caller will need the
   * network structure. Said before the first await, so that on a miss the worker tasks start as soon as
   * the subgraph is fetched, before the other fields' measures take the event loop (they would
   * otherwise run first, in field order, and the workers would wait for them). `roles`: the caller
   * shows stakeholder positions, whose brokerage roles are then computed in steps.
   */
  async analysis(
    scope: Scope,
    asOf: IsoDate,
    needs: { structure?: boolean; roles?: boolean } = {},
  ): Promise<Analysis> {
    const wanted = cacheKey(scope.kind, scope.id, asOf);
    if (needs.structure) this.structureWanted.add(wanted);
    const versions = await this.versions();
    const key = cacheKey('analysis', versions.version, scope.kind, scope.id, asOf);
    const analysis = await this.service.cached(
      key,
      async () => {
        const made = this.service.analyse(await this.service.subgraph(scope, asOf, asOf, versions), asOf);
        await made.prepare(this.nextTurn, { structure: this.structureWanted.has(wanted) });
        return made;
      },
      weightOf,
    );
    if (needs.roles) await analysis.rolesInTurns(this.nextTurn);
    await this.service.nextTurn();
    return analysis;
  }

  /**
   * A later turn of the event loop (AnalyticsService.nextTurn): what the measures computed in steps
   * (src/analytics/steps.ts) await between them.
   */
  readonly nextTurn = (): Promise<unknown> => this.service.nextTurn();

  /** One fetch over the whole range; each year-end is filtered in TypeScript. */
  async trend(scope: Scope, fromYear: number, toYear: number) {
    const versions = await this.versions();
    const key = cacheKey('trend', versions.version, scope.kind, scope.id, String(fromYear), String(toYear));
    return this.service.cached(
      key,
      async () => {
        const subgraph = await this.service.subgraph(scope, yearEnd(fromYear), yearEnd(toYear), versions);
        this.service.stats.analyses += 1;
        return trendAnalyses(subgraph, fromYear, toYear);
      },
      (points) => points.reduce((sum, p) => sum + weightOf(p.analysis), 0),
    );
  }

  /** Each community of a region analysed on its own (by name), from the region's one fetch. */
  async communities(
    regionId: string,
    asOf: IsoDate,
  ): Promise<{ community: ScopeCommunity; analysis: Analysis }[]> {
    const region = await this.analysis({ kind: 'region', id: regionId }, asOf);
    const { version } = await this.versions();
    const byName = [...region.subgraph.communities].sort(
      (a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
    );
    // Kept under the same keys as community(id) analyses: a request asking for both builds each once.
    return Promise.all(
      byName.map(async (community) => ({
        community,
        analysis: await this.service.cached(
          cacheKey('analysis', version, 'community', community.id, asOf),
          () =>
            Promise.resolve(
              this.service.analyse(
                restrictSubgraph(region.subgraph, (s) => s.communityId === community.id, {
                  scope: 'community',
                  id: community.id,
                  name: community.name,
                  communities: [community],
                }),
                asOf,
              ),
            ),
          weightOf,
        ),
      })),
    );
  }
}

const cacheKey = (...parts: string[]): string => parts.join('\u0000');

/**
 * Whether fetched parts of partnerships go with a base: all read one graph version (a region's parts
 * must show one state of its partnerships) and the base version the base was read at.
 */
function consistent(parts: readonly FetchedPart[], base: ScopeBase): boolean {
  const [first] = parts;
  return parts.every(
    (part) =>
      part.versions !== null &&
      part.versions.version === first!.versions!.version &&
      part.versions.baseVersion === base.versions?.baseVersion,
  );
}

/** The fetched part, which must have found the scope (NOT_FOUND naming it otherwise). */
function found(scope: Scope, part: FetchedPart): FetchedPart {
  if (!part.found) throw new NotFoundError(`${scope.kind} '${scope.id}' not found`, { id: scope.id });
  return part;
}

/**
 * The subgraph of the base's communities and stakeholders and these partnerships. Each query returns
 * its rows in id order, and the measures sort what is not (inIdOrder).
 */
function subgraphOf(
  scope: Scope,
  base: FetchedPart,
  partnerships: ScopePartnership[],
  { needs, assets }: Pick<ScopeTies, 'needs' | 'assets'>,
): Subgraph {
  return {
    scope: scope.kind,
    id: scope.id,
    name: base.name,
    communities: base.communities,
    stakeholders: base.stakeholders,
    partnerships,
    needs,
    assets,
  };
}

/** The scope as the analytics queries take it: one of the two ids, the other null. */
const scopeParams = (scope: Scope): { communityId: string | null; regionId: string | null } => ({
  communityId: scope.kind === 'community' ? scope.id : null,
  regionId: scope.kind === 'region' ? scope.id : null,
});

const weightOf = (analysis: Analysis): number =>
  analysis.subgraph.stakeholders.length + analysis.subgraph.partnerships.length;

const baseWeight = (base: ScopeBase): number => base.stakeholders.length;

/** The ties weigh their base too, which they keep from the garbage collector after its own entry goes. */
const tiesWeight = (ties: ScopeTies): number =>
  baseWeight(ties.base) + ties.needs.length + ties.assets.length;
