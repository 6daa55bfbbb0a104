import type { Adjacency } from './adjacency';
import { betweenness, closenessOf, graphologyOf, pageRank } from './centrality';
import { clustersOf, componentsOf, type Components, type Partition } from './clusters';

/**
 * The heavy measures of one partner graph, computed together off the event loop: plain data in
 * (the adjacency), plain data out (typed arrays and numbers), so it runs the same inline and in a
 * worker thread.
 */
export interface NetworkStructure {
  betweenness: Float64Array;
  /** null when exact; else k, the number of sampled sources. */
  betweennessSamples: number | null;
  pageRank: Float64Array;
  partition: Partition;
  components: Components;
}

export type StructureTask =
  | { kind: 'structure'; adjacency: Adjacency }
  | { kind: 'closeness'; adjacency: Adjacency; vertices: Int32Array };

export type StructureResult<T extends StructureTask> = T extends { kind: 'structure' }
  ? NetworkStructure
  : Float64Array;

export function networkStructure(adjacency: Adjacency): NetworkStructure {
  const graph = graphologyOf(adjacency);
  const between = betweenness(adjacency);
  return {
    betweenness: between.values,
    betweennessSamples: between.samples,
    pageRank: pageRank(adjacency),
    partition: clustersOf(graph, adjacency.n),
    components: componentsOf(adjacency),
  };
}

export function runStructureTask<T extends StructureTask>(task: T): StructureResult<T> {
  return (
    task.kind === 'structure' ? networkStructure(task.adjacency) : closenessOf(task.adjacency, task.vertices)
  ) as StructureResult<T>;
}
