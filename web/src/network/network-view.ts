import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { SECTOR_COLOUR } from '../sectors';
import { layoutInWorker } from './layout';
import type { PartnerGraph } from './partner-graph';

export const EDGE_COLOUR = { substantive: '#5f6b76', charityOnly: '#e3b99c' } as const;
const DIMMED = '#e4e6ea';

export interface NetworkView {
  /** Emphasises these stakeholders (and the ties among them); null clears. */
  highlight(ids: string[] | null): void;
  /** Centres on one stakeholder and emphasises its neighbourhood. */
  focus(id: string): void;
  kill(): void;
}

export interface NetworkOptions {
  onSelect?: (id: string) => void;
}

/** Node size by degree, smaller dots in big graphs so they stay legible. */
function nodeSize(degree: number, order: number): number {
  const base = order > 500 ? 1.5 : order > 100 ? 3 : 5;
  return base + (order > 500 ? 0.6 : 1.6) * Math.sqrt(degree);
}

/**
 * Sector colours and size by degree on the nodes; charity-only ties lighter and thinner. The live view
 * and the report's static picture (network-picture.ts) draw from the same attributes.
 */
export function styleGraph(graph: PartnerGraph): void {
  graph.forEachNode((node, a) =>
    graph.mergeNodeAttributes(node, {
      size: nodeSize(a.degree, graph.order),
      color: SECTOR_COLOUR[a.sector],
    }),
  );
  graph.forEachEdge((edge, a) =>
    graph.mergeEdgeAttributes(edge, {
      color: a.substantive ? EDGE_COLOUR.substantive : EDGE_COLOUR.charityOnly,
      size: a.substantive ? Math.min(4, 0.8 + 0.4 * a.weight) : 0.6,
    }),
  );
}

/**
 * Draws a partner graph with sigma.js: sector colours, size by degree, charity-only ties lighter and
 * thinner, the layout computed by ForceAtlas2 in a web worker. Hovering a node shows its neighbourhood.
 * The container's data-nodes, data-edges, data-state and data-highlighted say what is drawn.
 */
export async function drawNetwork(
  container: HTMLElement,
  graph: PartnerGraph,
  options: NetworkOptions = {},
): Promise<NetworkView> {
  container.dataset.state = 'laying-out';
  performance.mark('network:layout-start');
  styleGraph(graph);
  await layoutInWorker(graph);
  performance.mark('network:layout-end');

  let hovered: string | null = null;
  let emphasis: Set<string> | null = null;
  const neighbourhood = (id: string): Set<string> => new Set([id, ...graph.neighbors(id)]);
  const active = (): Set<string> | null => (hovered ? neighbourhood(hovered) : emphasis);

  const renderer = new Sigma(graph, container, {
    labelRenderedSizeThreshold: graph.order > 300 ? 9 : 6,
    labelFont: 'system-ui, sans-serif',
    zIndex: true,
    nodeReducer: (node, data): Partial<NodeDisplayData> => {
      const on = active();
      if (!on) return data;
      if (on.has(node))
        return { ...data, highlighted: emphasis?.has(node) ?? false, forceLabel: true, zIndex: 2 };
      return { ...data, color: DIMMED, label: '', zIndex: 0 };
    },
    edgeReducer: (edge, data): Partial<EdgeDisplayData> => {
      const on = active();
      if (!on) return data;
      const [source, target] = graph.extremities(edge);
      if (on.has(source) && on.has(target)) return { ...data, zIndex: 2, size: (data.size ?? 1) + 1 };
      return { ...data, hidden: true };
    },
  });
  renderer.on('enterNode', ({ node }) => {
    hovered = node;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    hovered = null;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('clickNode', ({ node }) => options.onSelect?.(node));

  // The constructor has drawn synchronously; the next frame is when the picture is on screen.
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  performance.mark('network:drawn');
  container.dataset.nodes = String(graph.order);
  container.dataset.edges = String(graph.size);
  container.dataset.state = 'drawn';

  const highlight = (ids: string[] | null): void => {
    emphasis = ids ? new Set(ids) : null;
    container.dataset.highlighted = ids ? [...ids].sort().join(' ') : '';
    renderer.refresh({ skipIndexation: true });
  };
  return {
    highlight,
    focus: (id) => {
      if (!graph.hasNode(id)) return;
      highlight([...neighbourhood(id)]);
      const display = renderer.getNodeDisplayData(id);
      if (display)
        void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.6 }, { duration: 300 });
    },
    kill: () => renderer.kill(),
  };
}
