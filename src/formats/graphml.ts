import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { NetworkDocument } from '../network-document/network-document';
import type { DocumentGraphOptions } from './document-graph';
import { bipartiteModel, partnerGraphModel, type GraphModel } from './graph-model';
import { XmlText, type XmlExport } from './xml-text';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const GRAPHML_TYPES = { string: 'string', integer: 'int', double: 'double' } as const;

/** GraphML 1.0 (graphml.graphdrawing.org): a `label` key, the model's keys, then nodes and edges. */
export function writeGraphML(model: GraphModel): XmlExport {
  const text = new XmlText();
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
  });
  const keys = [
    { for: 'node', id: 'label', type: 'string' as const },
    ...model.nodeAttributes.map((a) => ({ for: 'node', ...a })),
    { for: 'edge', id: 'weight', type: 'double' as const },
    ...model.edgeAttributes.map((a) => ({ for: 'edge', ...a })),
  ];
  for (const key of keys)
    root.ele('key', { id: key.id, for: key.for, 'attr.name': key.id, 'attr.type': GRAPHML_TYPES[key.type] });
  const graph = root.ele('graph', { id: model.name, edgedefault: 'undirected' });
  const data = (element: XMLBuilder, values: Record<string, string | number | null | undefined>): void => {
    for (const [key, value] of Object.entries(values))
      if (value !== null && value !== undefined) element.ele('data', { key }).txt(text.clean(String(value)));
  };
  for (const node of model.nodes)
    data(graph.ele('node', { id: text.clean(node.id) }), { label: node.label, ...node.attributes });
  model.edges.forEach((edge, n) => {
    const element = graph.ele('edge', {
      id: `e${n}`,
      source: text.clean(edge.source),
      target: text.clean(edge.target),
    });
    data(element, { weight: edge.weight, ...edge.attributes });
  });
  return { xml: root.end({ prettyPrint: true }), replaced: text.replaced };
}

/**
 * The partner graph for Gephi, yEd or NetworkX: stakeholders as nodes (name as label, sector, type,
 * community, region, asset kinds), an undirected edge between two stakeholders sharing partnerships,
 * `weight` = how many, `substantiveWeight` = those where both memberships are substantive (docs/measures.md).
 */
export function toGraphML(document: NetworkDocument, options: DocumentGraphOptions = {}): XmlExport {
  return writeGraphML(partnerGraphModel(document, options));
}

/** Stakeholders and partnerships as nodes, memberships as edges (docs/formats.md). */
export function toBipartiteGraphML(document: NetworkDocument, options: DocumentGraphOptions = {}): XmlExport {
  return writeGraphML(bipartiteModel(document, options));
}
