import Graph from 'graphology';
import type { Adjacency } from '../../src/analytics/network/adjacency';

/**
 * The graphology graph of an adjacency, for checking the measures over compressed rows against
 * graphology's libraries: nodes keyed by vertex index in id order, edges in row order, weight w.
 */
export function graphologyOf(g: Adjacency): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let v = 0; v < g.n; v += 1) graph.addNode(String(v));
  for (let v = 0; v < g.n; v += 1)
    for (let e = g.offsets[v]!, end = g.offsets[v + 1]!; e < end; e += 1) {
      const t = g.targets[e]!;
      if (t > v) graph.addUndirectedEdge(String(v), String(t), { weight: g.weights[e]! });
    }
  return graph;
}
