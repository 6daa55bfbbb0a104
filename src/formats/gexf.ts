import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

import type { NetworkDocument } from '../network-document/network-document';
import type { DocumentGraphOptions } from './document-graph';
import { bipartiteModel, partnerGraphModel, type GraphModel, type Spell } from './graph-model';
import { XmlText, type XmlExport } from './xml-text';

const GEXF_NS = 'http://gexf.net/1.3';

/**
 * GEXF 1.3 (gexf.net), the format Gephi reads natively. With spells the graph is dynamic: dates as
 * `timeformat="date"`, each spell a closed interval, so Gephi's timeline replays partnerships starting
 * and ending. Elements without spells exist throughout.
 */
export function writeGexf(model: GraphModel, options: { dynamic: boolean; today: string }): XmlExport {
  const text = new XmlText();
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GEXF_NS, 'gexf', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GEXF_NS} ${GEXF_NS}/gexf.xsd`,
    version: '1.3',
  });
  root
    .ele('meta', { lastmodifieddate: options.today })
    .ele('creator')
    .txt('partnership-graph')
    .up()
    .ele('description')
    .txt(model.name);
  const graph = root.ele('graph', {
    defaultedgetype: 'undirected',
    mode: options.dynamic ? 'dynamic' : 'static',
    ...(options.dynamic ? { timeformat: 'date', timerepresentation: 'interval' } : {}),
  });
  for (const [kind, specs] of [
    ['node', model.nodeAttributes],
    ['edge', model.edgeAttributes],
  ] as const) {
    const attributes = graph.ele('attributes', { class: kind, mode: 'static' });
    for (const spec of specs) attributes.ele('attribute', { id: spec.id, title: spec.id, type: spec.type });
  }
  const values = (
    element: XMLBuilder,
    attributes: Record<string, string | number | null | undefined>,
  ): void => {
    const present = Object.entries(attributes).filter(([, v]) => v !== null && v !== undefined);
    if (present.length === 0) return;
    const list = element.ele('attvalues');
    for (const [key, value] of present) list.ele('attvalue', { for: key, value: text.clean(String(value)) });
  };
  const spells = (element: XMLBuilder, list: Spell[] | undefined): void => {
    if (!options.dynamic || list === undefined) return;
    const container = element.ele('spells');
    for (const spell of list)
      container.ele('spell', {
        ...(spell.start === null ? {} : { start: spell.start }),
        ...(spell.end === null ? {} : { end: spell.end }),
      });
  };
  const nodes = graph.ele('nodes', { count: model.nodes.length });
  for (const node of model.nodes) {
    const element = nodes.ele('node', { id: text.clean(node.id), label: text.clean(node.label) });
    values(element, node.attributes);
    spells(element, node.spells);
  }
  const edges = graph.ele('edges', { count: model.edges.length });
  model.edges.forEach((edge, n) => {
    const element = edges.ele('edge', {
      id: `e${n}`,
      source: text.clean(edge.source),
      target: text.clean(edge.target),
      weight: edge.weight,
    });
    values(element, edge.attributes);
    spells(element, edge.spells);
  });
  return { xml: root.end({ prettyPrint: true }), replaced: text.replaced };
}

export interface GexfOptions extends DocumentGraphOptions {
  /** The export date written in the file's meta. */
  today: string;
}

/**
 * The partner graph for Gephi with its history: every partnership counts (or only those active at
 * `asOf`, giving a static graph) and each edge carries the spells of the partnerships that make it.
 */
export function toGexf(document: NetworkDocument, options: GexfOptions): XmlExport {
  return gexfOf(partnerGraphModel, document, options);
}

/** Stakeholders and partnerships as nodes, memberships as edges; partnerships live from start to end. */
export function toBipartiteGexf(document: NetworkDocument, options: GexfOptions): XmlExport {
  return gexfOf(bipartiteModel, document, options);
}

/** A model written as GEXF: dynamic (with spells) unless `asOf` fixes one date. */
function gexfOf(
  model: (document: NetworkDocument, options: DocumentGraphOptions & { spells: boolean }) => GraphModel,
  document: NetworkDocument,
  options: GexfOptions,
): XmlExport {
  const dynamic = options.asOf === undefined;
  return writeGexf(model(document, { ...options, spells: dynamic }), { dynamic, today: options.today });
}
