/// <reference lib="webworker" />
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutRequest {
  nodes: number;
  /** Pairs of node indexes. */
  edges: Int32Array;
  /** Upper bound on ForceAtlas2 iterations. */
  maxIterations: number;
}

export interface LayoutResult {
  /** x0, y0, x1, y1, … in node index order. */
  positions: Float64Array;
  iterations: number;
}

/** A fixed start (a sunflower spiral), so the same graph always gets the same picture. */
function seed(graph: Graph, n: number): void {
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i += 1) {
    const r = 10 * Math.sqrt(i + 0.5);
    graph.mergeNodeAttributes(String(i), { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
  }
}

/**
 * ForceAtlas2 off the main thread, in rounds of 20 iterations until the nodes' mean move falls below
 * 0.5 % of the layout's extent (settled) or maxIterations is reached.
 */
function layout({ nodes, edges, maxIterations }: LayoutRequest): LayoutResult {
  const graph = new Graph({ type: 'undirected', multi: false });
  for (let i = 0; i < nodes; i += 1) graph.addNode(String(i));
  for (let k = 0; k < edges.length; k += 2) graph.mergeEdge(String(edges[k]), String(edges[k + 1]));
  seed(graph, nodes);
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: nodes > 500,
    adjustSizes: false,
  };
  let iterations = 0;
  let previous = snapshot(graph, nodes);
  while (iterations < maxIterations && nodes > 1) {
    forceAtlas2.assign(graph, { iterations: 20, settings });
    iterations += 20;
    const current = snapshot(graph, nodes);
    if (meanMove(previous, current) < 0.005 * extent(current)) break;
    previous = current;
  }
  return { positions: snapshot(graph, nodes), iterations };
}

function snapshot(graph: Graph, n: number): Float64Array {
  const out = new Float64Array(n * 2);
  for (let i = 0; i < n; i += 1) {
    const a = graph.getNodeAttributes(String(i)) as { x: number; y: number };
    out[2 * i] = a.x;
    out[2 * i + 1] = a.y;
  }
  return out;
}

function meanMove(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 2) sum += Math.hypot(a[i]! - b[i]!, a[i + 1]! - b[i + 1]!);
  return sum / Math.max(1, a.length / 2);
}

function extent(p: Float64Array): number {
  let min = Infinity;
  let max = -Infinity;
  for (const v of p) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return max - min || 1;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const result = layout(event.data);
  (self as unknown as Worker).postMessage(result, [result.positions.buffer]);
};
