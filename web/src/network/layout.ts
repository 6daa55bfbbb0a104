import type { PartnerGraph } from './partner-graph';
import type { LayoutRequest, LayoutResult } from './layout.worker';
import LayoutWorker from './layout.worker?worker';

/**
 * Fewer iterations for bigger graphs: Barnes-Hut ForceAtlas2 costs about n log n per iteration, and a
 * big graph's picture is read for its clusters, not for each node's exact place.
 */
function iterationBudget(nodes: number): number {
  return nodes > 1_000 ? 60 : nodes > 300 ? 200 : 500;
}

/** Lays the graph out with ForceAtlas2 in a web worker and writes x, y onto its nodes. */
export function layoutInWorker(
  graph: PartnerGraph,
  maxIterations = iterationBudget(graph.order),
): Promise<{ iterations: number }> {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = new Int32Array(graph.size * 2);
  let k = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    edges[k++] = index.get(source)!;
    edges[k++] = index.get(target)!;
  });
  const worker = new LayoutWorker();
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutResult>) => {
      const { positions, iterations } = event.data;
      ids.forEach((id, i) =>
        graph.mergeNodeAttributes(id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }),
      );
      worker.terminate();
      resolve({ iterations });
    };
    worker.onerror = (error) => {
      worker.terminate();
      reject(new Error(`the layout worker failed: ${error.message}`));
    };
    const request: LayoutRequest = { nodes: ids.length, edges, maxIterations };
    worker.postMessage(request, [edges.buffer]);
  });
}
