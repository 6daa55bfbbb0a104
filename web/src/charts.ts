import { h, s } from './dom';
import { STAGES, STAGE_LABEL, type Stage } from './sectors';

export interface Series {
  label: string;
  colour: string;
  values: (number | null)[];
  /** Drawn dashed (so series differ by more than colour). */
  dashed?: boolean;
}

/** A line chart over years with a y axis from 0 to max; the table under it carries the same numbers. */
export function lineChart(
  years: number[],
  series: Series[],
  options: { title: string; max?: number; format?: (v: number) => string },
): HTMLElement {
  const width = 560;
  const height = 200;
  const pad = { left: 40, right: 12, top: 12, bottom: 26 };
  const format = options.format ?? ((v: number) => String(v));
  const max = options.max ?? Math.max(1, ...series.flatMap((x) => x.values.map((v) => v ?? 0)));
  const x = (i: number): number =>
    pad.left + (years.length < 2 ? 0 : (i * (width - pad.left - pad.right)) / (years.length - 1));
  const y = (v: number): number => height - pad.bottom - (v / max) * (height - pad.top - pad.bottom);
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': options.title,
    class: 'chart',
  });
  for (const tick of [0, max / 2, max]) {
    svg.append(s('line', { x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick), class: 'grid' }));
    svg.append(
      s('text', { x: pad.left - 6, y: y(tick) + 4, 'text-anchor': 'end', class: 'tick' }, format(tick)),
    );
  }
  const every = Math.ceil(years.length / 8);
  years.forEach((year, i) => {
    if (i % every === 0 || i === years.length - 1)
      svg.append(s('text', { x: x(i), y: height - 8, 'text-anchor': 'middle', class: 'tick' }, String(year)));
  });
  for (const line of series) {
    const points = line.values
      .map((v, i) => (v === null ? null : `${x(i)},${y(v)}`))
      .filter((p) => p !== null);
    svg.append(
      s('polyline', {
        points: points.join(' '),
        fill: 'none',
        stroke: line.colour,
        'stroke-width': 2,
        ...(line.dashed ? { 'stroke-dasharray': '5 3' } : {}),
      }),
    );
  }
  const legend = h(
    'ul',
    { class: 'chart-legend' },
    series.map((line) =>
      h(
        'li',
        {},
        h('span', {
          class: `swatch${line.dashed ? ' dashed' : ''}`,
          style: `border-color:${line.colour}`,
          'aria-hidden': 'true',
        }),
        line.label,
      ),
    ),
  );
  const table = h(
    'details',
    { class: 'chart-data' },
    h('summary', {}, 'Data'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Year'),
          series.map((l) => h('th', { scope: 'col' }, l.label)),
        ),
      ),
      h(
        'tbody',
        {},
        years.map((year, i) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, String(year)),
            series.map((l) => h('td', {}, l.values[i] === null ? '—' : format(l.values[i]!))),
          ),
        ),
      ),
    ),
  );
  return h('figure', { class: 'line-chart' }, h('figcaption', {}, options.title), svg, legend, table);
}

/** A small step chart of the maturity stage per year (one of a row of small multiples); labels in English unless given. */
export function stageSparkline(
  points: { year: number; stage: Stage }[],
  title: string,
  stageLabel: (stage: Stage) => string = (stage) => STAGE_LABEL[stage],
): HTMLElement {
  const width = 220;
  const height = 70;
  const pad = 6;
  const x = (i: number): number =>
    pad + (points.length < 2 ? 0 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (stage: Stage): number =>
    height - pad - (STAGES.indexOf(stage) / (STAGES.length - 1)) * (height - 2 * pad);
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'sparkline',
    role: 'img',
    'aria-label': `${title}: ${points.map((p) => `${p.year} ${stageLabel(p.stage)}`).join(', ')}`,
  });
  for (const stage of STAGES)
    svg.append(s('line', { x1: pad, x2: width - pad, y1: y(stage), y2: y(stage), class: 'grid' }));
  // A step line: across to the next year, then up or down to its stage.
  const path = points
    .map((p, i) => (i === 0 ? `M${x(0)} ${y(p.stage)}` : `H${x(i)} V${y(p.stage)}`))
    .join(' ');
  if (points.length) svg.append(s('path', { d: path, fill: 'none', stroke: '#0072B2', 'stroke-width': 2 }));
  const first = points[0];
  const last = points[points.length - 1];
  return h(
    'figure',
    { class: 'small-multiple' },
    svg,
    h(
      'figcaption',
      {},
      first && last
        ? `${first.year}: ${stageLabel(first.stage)} → ${last.year}: ${stageLabel(last.stage)}`
        : 'no years',
    ),
  );
}
