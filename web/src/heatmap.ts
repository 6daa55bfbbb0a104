import type { Gap, MatrixCell } from './api';
import { h } from './dom';
import { GAP_KINDS, GAP_MARK, SECTORS, SECTOR_LABEL, type GapKind, type Sector } from './sectors';

/** White to dark blue (sequential, readable in greyscale and by colour-blind readers). */
function shade(t: number): string {
  const from = [247, 251, 255];
  const to = [8, 48, 107];
  const mix = from.map((f, i) => Math.round(f + (to[i]! - f) * t));
  return `rgb(${mix.join(',')})`;
}

const key = (a: Sector, b: Sector): string => (a <= b ? `${a}|${b}` : `${b}|${a}`);

/** The words of the heatmap, English by default (the report passes its language's). */
export interface HeatmapWords {
  sector: (sector: Sector) => string;
  gap: (kind: GapKind) => { label: string; meaning: string };
  density: (max: string) => string;
  noPair: string;
}

const ENGLISH: HeatmapWords = {
  sector: (sector) => SECTOR_LABEL[sector],
  gap: (kind) => GAP_MARK[kind],
  density: (max) => `density, 0 to ${max}`,
  noPair: 'no pair possible',
};

export interface HeatmapOptions {
  caption?: string;
  words?: HeatmapWords;
  /** Called with the two sectors when a cell is chosen (click or Enter). */
  onSelect?: (a: Sector, b: Sector) => void;
}

/**
 * The 7×7 sector matrix as a table: each cell's shade is its density (scaled to the densest pair), its
 * text the density and ties/possible, and a symbol marks the gap kind. Symmetric: cell (a, b) = (b, a).
 * Each cell carries data-ties, data-possible, data-density and data-gap for whoever reads it back.
 */
/**
 * Densities with enough decimals to tell cells apart: in a community of thousands every density is
 * below 0.05, and two decimals would print 0.00 in every cell.
 */
export function formatDensity(density: number, max: number): string {
  const digits = max >= 0.1 ? 2 : max >= 0.01 ? 3 : 4;
  return density.toFixed(digits);
}

export function sectorHeatmap(cells: MatrixCell[], gaps: Gap[], options: HeatmapOptions = {}): HTMLElement {
  const cellOf = new Map(cells.map((c) => [key(c.sectorA, c.sectorB), c]));
  const gapOf = new Map(gaps.map((g) => [key(g.sectorA, g.sectorB), g.kind]));
  const max = Math.max(0, ...cells.map((c) => c.density ?? 0)) || 1;
  const words = options.words ?? ENGLISH;
  const sectorName = Object.fromEntries(SECTORS.map((sector) => [sector, words.sector(sector)])) as Record<
    Sector,
    string
  >;

  const body = SECTORS.map((row) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, sectorName[row]),
      SECTORS.map((column) => {
        const cell = cellOf.get(key(row, column));
        const gap: GapKind | undefined = gapOf.get(key(row, column));
        const density = cell?.density ?? null;
        const t = density === null ? 0 : density / max;
        const label =
          `${sectorName[row]} × ${sectorName[column]}: ${cell?.ties ?? 0} ties of ${cell?.possible ?? 0} possible` +
          (density === null ? '' : `, density ${formatDensity(density, max)}`) +
          (gap ? `; gap: ${words.gap(gap).label.toLowerCase()}` : '');
        return h(
          'td',
          {
            class: `cell${density === null ? ' empty' : ''}${gap ? ` gap gap-${gap.toLowerCase()}` : ''}`,
            style: `background:${density === null ? 'transparent' : shade(t)};color:${t > 0.5 ? '#fff' : '#1b1f24'}`,
            'data-a': row,
            'data-b': column,
            'data-ties': cell?.ties ?? 0,
            'data-possible': cell?.possible ?? 0,
            'data-density': density === null ? '' : String(density),
            'data-gap': gap ?? '',
            'aria-label': label,
            title: label,
            tabindex: options.onSelect ? 0 : null,
            onclick: options.onSelect ? () => options.onSelect?.(row, column) : null,
            onkeydown: options.onSelect
              ? (event: Event) => {
                  if ((event as KeyboardEvent).key === 'Enter') options.onSelect?.(row, column);
                }
              : null,
          },
          h(
            'span',
            { class: 'value', 'aria-hidden': 'true' },
            density === null ? '·' : formatDensity(density, max),
          ),
          gap ? h('span', { class: 'mark', 'aria-hidden': 'true' }, GAP_MARK[gap].symbol) : null,
        );
      }),
    ),
  );

  const legend = h(
    'ul',
    { class: 'heatmap-legend' },
    h(
      'li',
      {},
      h('span', {
        class: 'ramp',
        'aria-hidden': 'true',
        style: `background:linear-gradient(90deg, ${shade(0)}, ${shade(1)})`,
      }),
      ` ${words.density(formatDensity(max, max))}`,
    ),
    GAP_KINDS.map((kind) =>
      h(
        'li',
        {},
        h('span', { class: 'mark', 'aria-hidden': 'true' }, GAP_MARK[kind].symbol),
        ` ${words.gap(kind).label}: ${words.gap(kind).meaning}`,
      ),
    ),
    h('li', {}, h('span', { class: 'mark', 'aria-hidden': 'true' }, '·'), ` ${words.noPair}`),
  );

  return h(
    'figure',
    { class: 'heatmap' },
    h(
      'table',
      {},
      options.caption ? h('caption', {}, options.caption) : null,
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('td', {}),
          SECTORS.map((c) => h('th', { scope: 'col' }, h('span', {}, sectorName[c]))),
        ),
      ),
      h('tbody', {}, body),
    ),
    legend,
  );
}
