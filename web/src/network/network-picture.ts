import { s } from '../dom';
import { placeLabels } from './label-placement';
import type { PartnerGraph } from './partner-graph';

/**
 * The partner graph as a static SVG, for print: the same layout (layoutInWorker) and the same colours
 * and sizes (styleGraph) as the live sigma view, scaled into a fixed box. Substantive ties are drawn
 * over charity-only ones and nodes over ties, the biggest last, as sigma does.
 */
export function networkPicture(graph: PartnerGraph, label: string, width = 700, height = 480): SVGElement {
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': label,
    class: 'network-picture',
    'data-nodes': graph.order,
    'data-edges': graph.size,
  });
  if (graph.order === 0) return svg;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let maxSize = 0;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
    maxSize = Math.max(maxSize, a.size);
  });
  const margin = maxSize + 4;
  const scale = Math.min(
    (width - 2 * margin) / (maxX - minX || 1),
    (height - 2 * margin) / (maxY - minY || 1),
  );
  // Centred in the box; y grows downwards in SVG, upwards in the layout (as sigma draws it).
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  const px = (x: number): number => Number((offsetX + (x - minX) * scale).toFixed(1));
  const py = (y: number): number => Number((height - offsetY - (y - minY) * scale).toFixed(1));

  const edges = graph
    .edges()
    .sort(
      (a, b) =>
        Number(graph.getEdgeAttribute(a, 'substantive')) - Number(graph.getEdgeAttribute(b, 'substantive')),
    );
  const ties = s('g', { class: 'ties' });
  for (const edge of edges) {
    const [source, target] = graph.extremities(edge);
    const a = graph.getNodeAttributes(source);
    const b = graph.getNodeAttributes(target);
    const e = graph.getEdgeAttributes(edge);
    ties.append(
      s('line', {
        x1: px(a.x),
        y1: py(a.y),
        x2: px(b.x),
        y2: py(b.y),
        stroke: e.color,
        'stroke-width': Number((e.size * 0.6).toFixed(2)),
      }),
    );
  }
  const nodes = s('g', { class: 'nodes' });
  const bySize = graph
    .nodes()
    .sort((a, b) => graph.getNodeAttribute(a, 'size') - graph.getNodeAttribute(b, 'size'));
  for (const node of bySize) {
    const a = graph.getNodeAttributes(node);
    nodes.append(
      s(
        'circle',
        { cx: px(a.x), cy: py(a.y), r: a.size, fill: a.color, stroke: '#1b1f24', 'stroke-width': 0.4 },
        s('title', {}, a.label),
      ),
    );
  }
  svg.append(ties, nodes);
  // The names of the best-connected stakeholders, as many as stay legible, never over each other.
  const labelled = [...bySize].reverse().slice(0, graph.order > 300 ? 12 : 25);
  const labels = s('g', { class: 'labels' });
  const placed = placeLabels(
    labelled.map((node) => {
      const a = graph.getNodeAttributes(node);
      return { x: px(a.x), y: py(a.y), radius: a.size, text: a.label };
    }),
  );
  for (const label of placed) {
    labels.append(
      s('text', { x: Number(label.x.toFixed(1)), y: label.y + 3, 'text-anchor': label.anchor }, label.text),
    );
  }
  svg.append(labels);
  return svg;
}
