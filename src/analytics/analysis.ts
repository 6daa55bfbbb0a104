import { setImmediate } from 'node:timers/promises';
import { yearEnd, type IsoDate } from '../domain/dates';
import { SECTORS, type Sector } from '../domain/enums';
import { brokerageRoles, brokerageRolesSteps, burt, type BrokerageOf, type RoleCounts } from './brokerage';
import { blau, dominance, graphEiIndex, sectorAssortativity, type Dominance } from './diversity';
import { businessEngagement, type BusinessEngagement } from './engagement';
import { GapKind } from './gap-kind';
import { findGaps, type Gap } from './gaps';
import { helixSynergy, type HelixSynergy } from './helix';
import { maturity, type Maturity } from './maturity';
import { recommend, recommendSteps, type Recommendation } from './recommendations';
import { buildPartnerGraph, partnerGraphSteps, type PartnerGraph } from './partner-graph';
import {
  CROSS_SECTOR_PAIRS,
  overallDensity,
  sectorMatrix,
  sectorMatrixSteps,
  spectrumCoverage,
  type SectorMatrix,
} from './sector-matrix';
import DataLoader from 'dataloader';
import { adjacencyOf, adjacencySteps, type Adjacency } from './network/adjacency';
import {
  clusterBridges,
  clusterProfiles,
  type ClusterBridgeCandidate,
  type ClusterProfile,
} from './network/clusters';
import { introductionPaths } from './network/introduction-paths';
import { betweennessSources, scaledBetweenness, splitSources } from './network/centrality';
import type { NetworkStructure } from './network/structure';
import { inlineEngine, type StructureEngine } from './network/worker-pool';
import { allAtOnce, stepByStep, type Steps } from './steps';
import type { Subgraph } from './subgraph';

export interface Profile {
  asOf: IsoDate;
  stakeholders: number;
  sectorCounts: { sector: Sector; count: number }[];
  edges: number;
  substantiveEdges: number;
  externalTies: number;
  activePartnerships: number;
  density: number | null;
  spectrumCoverage: number;
  eiIndex: number | null;
  blau: number | null;
  normalizedBlau: number | null;
  assortativity: number | null;
  dominance: Dominance;
  businessEngagement: BusinessEngagement;
  helixSynergy: HelixSynergy;
  maturity: Maturity;
}

export interface GapCounts {
  missing: number;
  charityOnly: number;
  weak: number;
  absentSector: number;
}

/** Betweenness parts per worker when there are several (see computeStructure). */
const PARTS_PER_WORKER = 4;

/**
 * Every measure of one scope at one date, each computed on first use and kept: a request asking for
 * profile, gaps, recommendations and brokers builds G(C, d) once.
 */
export class Analysis {
  private graphValue?: PartnerGraph;
  private adjacencyValue?: Adjacency;
  private structureValue?: Promise<NetworkStructure>;
  private closenessAllValue?: Promise<Float64Array>;
  private clustersValue?: Promise<{ profiles: ClusterProfile[]; bridges: ClusterBridgeCandidate[] }>;
  private readonly closenessLoader: DataLoader<number, number>;
  private matrixValue?: SectorMatrix;
  private gapsValue?: Gap[];
  private rolesValue?: RoleCounts[];
  private readonly burtValues = new Map<number, BrokerageOf>();
  private profileValue?: Profile;
  /** Results of parameterised measures (recommendations, rankings), by their parameters. */
  private readonly memo = new Map<string, unknown>();

  /** What the needs measures start from (src/analytics/needs-analysis.ts computes them on first use). */
  readonly needsInput: Pick<Subgraph, 'needs' | 'assets' | 'communities'>;

  /**
   * `engine` runs the heavy network measures (betweenness, PageRank, clusters, closeness of many
   * vertices): a worker pool in the service, inline by default.
   */
  constructor(
    readonly subgraph: Subgraph,
    readonly asOf: IsoDate,
    private readonly engine: StructureEngine = inlineEngine,
  ) {
    this.needsInput = { needs: subgraph.needs, assets: subgraph.assets, communities: subgraph.communities };
    // Closeness costs one BFS per vertex: the vertices asked for in one tick go to the engine together.
    this.closenessLoader = new DataLoader(
      async (vertices) => [
        ...(await this.engine.run({
          kind: 'closeness',
          adjacency: this.adjacency,
          vertices: Int32Array.from(vertices),
        })),
      ],
      { maxBatchSize: 1_000 },
    );
  }

  get graph(): PartnerGraph {
    return (this.graphValue ??= buildPartnerGraph(this.subgraph, this.asOf));
  }

  /**
   * Builds G in steps, giving the event loop back through `nextTurn` every few milliseconds
   * (src/analytics/steps.ts); with `structure`, then G's compressed rows, also in steps, and the worker
   * tasks posted; then the sector matrix, also in steps. A cold region thus does not hold the
   * event loop for the ~0.3 s these take in one go.
   * Measures read them as before; one that asks first builds them at once.
   */
  async prepare(nextTurn: () => Promise<unknown>, wants: { structure?: boolean } = {}): Promise<void> {
    if (this.graphValue === undefined) {
      const graph = await stepByStep(partnerGraphSteps(this.subgraph, this.asOf), nextTurn);
      this.graphValue ??= graph;
    }
    if (wants.structure) {
      await nextTurn();
      if (this.adjacencyValue === undefined) {
        const adjacency = await stepByStep(adjacencySteps(this.graph), nextTurn);
        this.adjacencyValue ??= adjacency;
      }
      // Failures reach the fields that await the structure.
      void this.structure().catch(() => undefined);
    }
    if (this.matrixValue === undefined) {
      await nextTurn();
      const matrix = await stepByStep(sectorMatrixSteps(this.graph), nextTurn);
      this.matrixValue ??= matrix;
    }
  }

  /** The brokerage roles (`roles`) computed in steps (stepByStep), once; positions read them after this. */
  async rolesInTurns(nextTurn: () => Promise<unknown>): Promise<void> {
    const roles = await this.inTurns(
      'roles',
      this.rolesValue,
      () => brokerageRolesSteps(this.graph),
      nextTurn,
    );
    this.rolesValue ??= roles;
  }

  /**
   * A measure computed by stepByStep once per key (concurrent callers share it), or `known` when a
   * synchronous reader computed it first; the caller keeps the result where its getter reads it.
   */
  private inTurns<T>(
    key: string,
    known: T | undefined,
    steps: () => Steps<T>,
    nextTurn: () => Promise<unknown>,
  ): Promise<T> {
    if (known !== undefined) return Promise.resolve(known);
    return this.memoized(`turns|${key}`, () => stepByStep(steps(), nextTurn));
  }

  /** G as compressed sparse rows, the form the network measures and the worker threads take. */
  get adjacency(): Adjacency {
    return (this.adjacencyValue ??= adjacencyOf(this.graph));
  }

  /** Betweenness, PageRank, clusters and components, computed together off the event loop, once. */
  structure(): Promise<NetworkStructure> {
    return (this.structureValue ??= this.computeStructure());
  }

  /**
   * Louvain's partition, PageRank with the components, and betweenness's sources cut into parts, as
   * separate tasks, the longest first: with one worker they run one after the other as before; with
   * several, the pool hands each free worker the next task, and parts of a quarter of a worker's share
   * of the sources even out what the other tasks leave (exact stays exact; a sample is the same k
   * seeded sources; the sums of the parts are added here).
   */
  private async computeStructure(): Promise<NetworkStructure> {
    const adjacency = this.adjacency;
    const { sources, samples } = betweennessSources(adjacency.n);
    const count = this.engine.size === 1 ? 1 : this.engine.size * PARTS_PER_WORKER;
    const parts = adjacency.n <= 2 ? [] : splitSources(adjacency, sources, count);
    const [partition, ranks, ...sums] = await Promise.all([
      this.engine.run({ kind: 'partition', adjacency }),
      this.engine.run({ kind: 'ranks', adjacency }),
      ...parts.map((part) => this.engine.run({ kind: 'dependencies', adjacency, sources: part })),
    ]);
    const between = scaledBetweenness(sums, adjacency.n, samples);
    return { ...ranks, partition, betweenness: between.values, betweennessSamples: between.samples };
  }

  closeness(v: number): Promise<number> {
    return this.closenessLoader.load(v);
  }

  /** Every vertex's closeness (to rank by it): N BFS, in the engine. */
  closenessAll(): Promise<Float64Array> {
    const { n } = this.adjacency;
    return (this.closenessAllValue ??= this.engine.run({
      kind: 'closeness',
      adjacency: this.adjacency,
      vertices: Int32Array.from({ length: n }, (_, v) => v),
    }));
  }

  /**
   * Per-cluster make-up (silos) and the stakeholders bridging clusters, each in a turn of the event
   * loop of its own (together they held it 50–100 ms for a region under load).
   */
  clusters(): Promise<{ profiles: ClusterProfile[]; bridges: ClusterBridgeCandidate[] }> {
    return (this.clustersValue ??= this.structure().then(async (s) => {
      const profiles = clusterProfiles(s.partition, this.graph.sectors);
      await setImmediate();
      return { profiles, bridges: clusterBridges(this.adjacency, s.partition.membership, s.betweenness) };
    }));
  }

  /** Vertex lists of the intermediaries on the shortest paths from s to t (see introduction-paths). */
  introductionPaths(s: number, t: number, limit: number): number[][] {
    return introductionPaths(this.adjacency, s, t, limit);
  }

  /** The vertex of a stakeholder id, or undefined when it is not based in the scope. */
  vertexOf(id: string): number | undefined {
    return (this.vertexIndex ??= new Map(this.graph.stakeholders.map((s, v) => [s.id, v]))).get(id);
  }

  private vertexIndex?: Map<string, number>;

  get matrix(): SectorMatrix {
    return (this.matrixValue ??= sectorMatrix(this.graph));
  }

  get density(): number | null {
    return overallDensity(this.graph);
  }

  get gaps(): Gap[] {
    return (this.gapsValue ??= findGaps(this.graph, this.matrix, this.density));
  }

  get gapCounts(): GapCounts {
    const count = (kind: GapKind): number => this.gaps.filter((g) => g.kind === kind).length;
    return {
      missing: count(GapKind.MISSING),
      charityOnly: count(GapKind.CHARITY_ONLY),
      weak: count(GapKind.WEAK),
      absentSector: count(GapKind.ABSENT_SECTOR),
    };
  }

  /** Edges joining stakeholders of two different communities (non-zero only for a region). */
  get interCommunityEdges(): number {
    const { edges, stakeholders } = this.graph;
    let count = 0;
    for (let e = 0; e < edges.count; e += 1)
      if (stakeholders[edges.u[e]!]!.communityId !== stakeholders[edges.v[e]!]!.communityId) count += 1;
    return count;
  }

  /** Brokerage role counts of every vertex (ranking brokers needs them all). */
  get roles(): RoleCounts[] {
    return (this.rolesValue ??= brokerageRoles(this.graph));
  }

  /** One vertex's roles with its effective size and constraint, computed when first shown. */
  brokerageOf(v: number): BrokerageOf {
    let found = this.burtValues.get(v);
    if (!found) {
      const { closed, ...roles } = this.roles[v]!;
      found = { ...roles, ...burt(this.graph, v, closed) };
      this.burtValues.set(v, found);
    }
    return found;
  }

  /**
   * Recommendations over the cross-sector pairs among `sectors` (at least two distinct sectors), or by
   * default over the pairs of the gaps that connecting can close: MISSING, CHARITY_ONLY and WEAK.
   */
  /**
   * `make()` once per key for this analysis: a cached analysis answers the next request's same
   * question (the dashboard's recommendations, brokers, rankings) without recomputing it.
   */
  memoized<T>(key: string, make: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = make();
    this.memo.set(key, value);
    return value;
  }

  recommendations(sectors: readonly Sector[] | null, limit: number, includeCold: boolean): Recommendation[] {
    return this.memoized(recommendationsKey(sectors, limit, includeCold), () =>
      recommend(this.graph, this.recommendationPairs(sectors), limit, includeCold),
    );
  }

  /** `recommendations`, computed in steps (stepByStep) when not yet known. */
  recommendationsInTurns(
    sectors: readonly Sector[] | null,
    limit: number,
    includeCold: boolean,
    nextTurn: () => Promise<unknown>,
  ): Promise<Recommendation[]> {
    const key = recommendationsKey(sectors, limit, includeCold);
    return this.inTurns(
      key,
      this.memo.get(key) as Recommendation[] | undefined,
      () => recommendSteps(this.graph, this.recommendationPairs(sectors), limit, includeCold),
      nextTurn,
    ).then((found) => this.memoized(key, () => found));
  }

  private recommendationPairs(sectors: readonly Sector[] | null): [Sector, Sector][] {
    const chosen = sectors ? new Set(sectors) : null;
    return chosen
      ? CROSS_SECTOR_PAIRS.filter(([a, b]) => chosen.has(a) && chosen.has(b))
      : this.gaps
          .filter((g) => g.kind !== GapKind.ABSENT_SECTOR)
          .map((g) => [g.sectorA, g.sectorB] as [Sector, Sector]);
  }

  get profile(): Profile {
    return (this.profileValue ??= allAtOnce(this.profileSteps()));
  }

  /** `profile`, computed in steps (stepByStep), once. */
  async profileInTurns(nextTurn: () => Promise<unknown>): Promise<Profile> {
    const profile = await this.inTurns('profile', this.profileValue, () => this.profileSteps(), nextTurn);
    return (this.profileValue ??= profile);
  }

  /** The profile's measures one after the other, pausing between the costlier ones. */
  private *profileSteps(): Steps<Profile> {
    const graph = this.graph;
    const matrix = this.matrix;
    const coverage = spectrumCoverage(matrix);
    const diversity = blau(matrix.counts);
    const eiIndex = graphEiIndex(graph);
    const assortativity = sectorAssortativity(graph);
    yield;
    const dominanceOf = dominance(graph);
    const engagement = businessEngagement(graph);
    yield;
    const helix = helixSynergy(graph);
    yield;
    const stage = maturity(graph, matrix.counts, coverage);
    return {
      asOf: graph.asOf,
      stakeholders: graph.stakeholders.length,
      sectorCounts: SECTORS.map((sector) => ({ sector, count: matrix.counts.get(sector) ?? 0 })),
      edges: graph.edges.count,
      substantiveEdges: graph.edges.substantiveWeight.filter((w) => w > 0).length,
      externalTies: graph.externalTies,
      activePartnerships: graph.partnerships.length,
      density: this.density,
      spectrumCoverage: coverage,
      eiIndex,
      blau: diversity.blau,
      normalizedBlau: diversity.normalized,
      assortativity,
      dominance: dominanceOf,
      businessEngagement: engagement,
      helixSynergy: helix,
      maturity: stage,
    };
  }
}

/** docs/measures.md "Trend": one analysis per year at 31 December, all from one fetched subgraph. */
export function trendAnalyses(
  subgraph: Subgraph,
  fromYear: number,
  toYear: number,
): { year: number; asOf: IsoDate; analysis: Analysis }[] {
  const points = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const asOf = yearEnd(year);
    points.push({ year, asOf, analysis: new Analysis(subgraph, asOf) });
  }
  return points;
}

const recommendationsKey = (sectors: readonly Sector[] | null, limit: number, includeCold: boolean): string =>
  `recommendations|${sectors?.join(',') ?? '*'}|${limit}|${includeCold}`;
