import type { Adjacency } from './adjacency';
import { betweenness, closenessOf, dependencySums, pageRank } from './centrality';
import { clustersOf, componentsOf, type Components, type Partition } from './clusters';

/** The measures of one partner graph other than betweenness (that one is split over the workers). */
export interface NetworkShape {
  pageRank: Float64Array;
  partition: Partition;
  components: Components;
}

/**
 * The heavy measures of one partner graph, computed off the event loop: plain data in (the
 * adjacency), plain data out (typed arrays and numbers), so it runs the same inline and in a worker
 * thread.
 */
export interface NetworkStructure extends NetworkShape {
  betweenness: Float64Array;
  /** null when exact; else k, the number of sampled sources. */
  betweennessSamples: number | null;
}

export type StructureTask =
  | { kind: 'structure'; adjacency: Adjacency }
  /** Louvain's partition and its Q. */
  | { kind: 'partition'; adjacency: Adjacency }
  /** PageRank and the components (over the typed arrays). */
  | { kind: 'ranks'; adjacency: Adjacency }
  /** Betweenness's unscaled dependency sums over some of the sources (see dependencySums). */
  | { kind: 'dependencies'; adjacency: Adjacency; sources: Int32Array }
  | { kind: 'closeness'; adjacency: Adjacency; vertices: Int32Array };

export type StructureResult<T extends StructureTask> = T extends { kind: 'structure' }
  ? NetworkStructure
  : T extends { kind: 'partition' }
    ? Partition
    : T extends { kind: 'ranks' }
      ? NetworkRanks
      : Float64Array;

export type NetworkRanks = Pick<NetworkShape, 'pageRank' | 'components'>;

export const networkPartition = (adjacency: Adjacency): Partition => clustersOf(adjacency);

export const networkRanks = (adjacency: Adjacency): NetworkRanks => ({
  pageRank: pageRank(adjacency),
  components: componentsOf(adjacency),
});

/** Everything at once, on one thread (the service splits betweenness instead: src/analytics/analysis.ts). */
export function networkStructure(adjacency: Adjacency): NetworkStructure {
  const between = betweenness(adjacency);
  return {
    betweenness: between.values,
    betweennessSamples: between.samples,
    ...networkRanks(adjacency),
    partition: networkPartition(adjacency),
  };
}

export function runStructureTask<T extends StructureTask>(task: T): StructureResult<T> {
  switch (task.kind) {
    case 'structure':
      return networkStructure(task.adjacency) as StructureResult<T>;
    case 'partition':
      return networkPartition(task.adjacency) as StructureResult<T>;
    case 'ranks':
      return networkRanks(task.adjacency) as StructureResult<T>;
    case 'dependencies':
      return dependencySums(task.adjacency, task.sources) as StructureResult<T>;
    case 'closeness':
      return closenessOf(task.adjacency, task.vertices) as StructureResult<T>;
  }
  throw new Error('unknown structure task');
}
