/**
 * The worker side of a cold analysis, without Neo4j or HTTP: for a generated community of 2,000 and a
 * region of 20 communities of 2,000, each network measure on this thread (min and median of the
 * rounds), then the whole structure (Analysis.structure()) through worker pools of 1 and 2 workers
 * taking turns, so both sizes see the same load. bench/analytics.bench.ts times the same work through
 * the API; this one says which stage and which pool size the time goes to.
 *
 *   npm run bench:structure            (BENCH_ROUNDS=7)
 */
import './support/production-env';
import 'reflect-metadata';
import { Analysis } from '../src/analytics/analysis';
import { adjacencyOf, seededRandom, type Adjacency } from '../src/analytics/network/adjacency';
import graphologyLouvain from 'graphology-communities-louvain';
import graphologyModularity from 'graphology-metrics/graph/modularity';
import { betweennessSources, dependencySums, pageRank } from '../src/analytics/network/centrality';
import { clustersOf, componentsOf, LOUVAIN_SEED } from '../src/analytics/network/clusters';
import { WorkerPool } from '../src/analytics/network/worker-pool';
import { buildPartnerGraph } from '../src/analytics/partner-graph';
import type { Subgraph } from '../src/analytics/subgraph';
import { generateNetwork } from '../src/generator/generator';
import { graphologyOf } from '../test/support/graphology-of';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const AS_OF = '2026-06-30';
const POOL_SIZES = [1, 2];

/** A scope's subgraph straight from a generated document (every stakeholder in the scope). */
function generatedScope(communities: number, perCommunity: number): Subgraph {
  const doc = generateNetwork({
    communities,
    stakeholdersPerCommunity: perCommunity,
    seed: perCommunity,
    idPrefix: 'b',
  });
  return {
    scope: communities > 1 ? 'region' : 'community',
    id: 'b',
    name: 'Bench',
    communities: doc.communities.map((c) => ({
      id: c.id,
      name: c.name,
      country: c.country,
      kind: c.kind,
      population: null,
      regionId: c.region ?? null,
    })),
    stakeholders: doc.stakeholders.map((s) => ({
      id: s.id,
      name: s.name,
      sector: s.sector,
      type: null,
      description: null,
      website: null,
      communityId: s.community,
    })),
    partnerships: doc.partnerships.map((p) => ({
      id: p.id,
      kind: p.kind,
      startedOn: p.startedOn ?? null,
      endedOn: p.endedOn ?? null,
      memberIds: p.members.map((m) => m.stakeholder),
      roles: p.members.map((m) => m.role),
    })),
  };
}

const summary = (times: number[]): string => {
  const sorted = [...times].sort((a, b) => a - b);
  return `min ${sorted[0]!.toFixed(0).padStart(5)}  median ${sorted[sorted.length >> 1]!.toFixed(0).padStart(5)} ms`;
};

function timeStages(subgraph: Subgraph): void {
  const adjacency = adjacencyOf(buildPartnerGraph(subgraph, AS_OF));
  const { sources, samples } = betweennessSources(adjacency.n);
  const edges = adjacency.targets.length / 2;
  console.log(
    `  n ${adjacency.n}, ${edges} edges, betweenness ${samples === null ? 'exact' : `from ${samples} sources`}`,
  );
  const stages: [string, () => unknown][] = [
    ['dependencySums', () => dependencySums(adjacency, sources)],
    ['pageRank', () => pageRank(adjacency)],
    ['Louvain + Q (clustersOf)', () => clustersOf(adjacency)],
    ['graphology graph + its Louvain + Q', () => graphologyClusters(adjacency)],
    ['components', () => componentsOf(adjacency)],
  ];
  const times = stages.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round += 1)
    stages.forEach(([, run], i) => {
      const start = performance.now();
      run();
      times[i]!.push(performance.now() - start);
    });
  stages.forEach(([label], i) => console.log(`  ${label.padEnd(36)} ${summary(times[i]!)}`));
  const ours = clustersOf(adjacency);
  const theirs = graphologyClusters(adjacency);
  console.log(
    `  modularity Q: clustersOf ${ours.modularity?.toFixed(4)} (${ours.count} clusters), graphology ${theirs.modularity.toFixed(4)} (${theirs.count} clusters)`,
  );
}

/**
 * What clustersOf replaced: graphology-communities-louvain (seeded the same way) on a graphology graph
 * built from the rows, and graphology-metrics' Q of its partition, timed with the graph's building.
 */
function graphologyClusters(adjacency: Adjacency): { modularity: number; count: number } {
  const graph = graphologyOf(adjacency);
  const found = graphologyLouvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) });
  return {
    modularity: graphologyModularity(graph, {
      getNodeCommunity: (node: string) => found[node]!,
      getEdgeWeight: 'weight',
    }),
    count: new Set(Object.values(found)).size,
  };
}

async function timePools(subgraph: Subgraph): Promise<void> {
  const pools = POOL_SIZES.map((size) => ({ size, pool: new WorkerPool(size), times: [] as number[] }));
  try {
    // Round 0 starts the workers and warms them; the rounds after it are timed, the sizes taking turns.
    for (let round = 0; round <= ROUNDS; round += 1)
      for (const entry of pools) {
        const analysis = new Analysis(subgraph, AS_OF, entry.pool);
        void analysis.adjacency;
        const start = performance.now();
        await analysis.structure();
        if (round > 0) entry.times.push(performance.now() - start);
      }
  } finally {
    await Promise.all(pools.map(({ pool }) => pool.close()));
  }
  for (const { size, times } of pools)
    console.log(`  structure() on ${size} worker${size > 1 ? 's' : ' '}         ${summary(times)}`);
}

async function main(): Promise<void> {
  for (const [label, communities] of [
    ['community of 2,000', 1],
    ['region of 20 × 2,000', 20],
  ] as const) {
    console.log(label);
    const subgraph = generatedScope(communities, 2_000);
    timeStages(subgraph);
    await timePools(subgraph);
  }
}

void main();
