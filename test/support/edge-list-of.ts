import type { Edge, EdgeList } from '../../src/analytics/partner-graph';

/** A list of the given edges (fixtures made by hand; `substantive` follows from substantiveWeight). */
export function edgeListOf(edges: readonly Omit<Edge, 'substantive'>[]): EdgeList {
  return {
    count: edges.length,
    u: Int32Array.from(edges, (e) => e.u),
    v: Int32Array.from(edges, (e) => e.v),
    weight: Int32Array.from(edges, (e) => e.weight),
    substantiveWeight: Int32Array.from(edges, (e) => e.substantiveWeight),
  };
}
