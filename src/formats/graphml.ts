import type { NetworkDocument } from '../network-document/network-document';
import { documentPartnerGraph, type DocumentGraphOptions } from './document-graph';

/** XML text: the five special characters escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NODE_KEYS = [
  ['label', 'string'],
  ['sector', 'string'],
  ['type', 'string'],
  ['community', 'string'],
  ['communityName', 'string'],
  ['region', 'string'],
  ['assetKinds', 'string'],
] as const;

/**
 * The partner graph for Gephi: stakeholders as nodes (name as label, sector and community as
 * attributes), an undirected edge between two stakeholders that share partnerships, weighted by how
 * many they share; substantiveWeight counts those where neither membership is charitable (docs/measures.md).
 */
export function toGraphML(document: NetworkDocument, options: DocumentGraphOptions = {}): string {
  const graph = documentPartnerGraph(document, options);
  const communities = new Map(document.communities.map((c) => [c.id, c]));
  const records = new Map(document.stakeholders.map((s) => [s.id, s]));
  // What each stakeholder offers, as its distinct asset kinds ("FUNDING VENUE"), for filtering in Gephi.
  const assetKinds = new Map<string, Set<string>>();
  for (const a of document.assets ?? [])
    assetKinds.set(a.stakeholder, (assetKinds.get(a.stakeholder) ?? new Set<string>()).add(a.kind));

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(
      ([name, type]) => `  <key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>`,
    ),
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="substantiveWeight" for="edge" attr.name="substantiveWeight" attr.type="double"/>',
    '  <graph id="partners" edgedefault="undirected">',
  ];
  for (const vertex of graph.stakeholders) {
    const s = records.get(vertex.id)!;
    const community = communities.get(s.community);
    const data: Record<(typeof NODE_KEYS)[number][0], string | null | undefined> = {
      label: s.name,
      sector: s.sector,
      type: s.type,
      community: s.community,
      communityName: community?.name,
      region: community?.region,
      assetKinds: assetKinds.has(s.id) ? [...(assetKinds.get(s.id) ?? [])].sort().join(' ') : null,
    };
    lines.push(`    <node id="${escapeXml(s.id)}">`);
    for (const [key] of NODE_KEYS) {
      const value = data[key];
      if (value !== null && value !== undefined)
        lines.push(`      <data key="${key}">${escapeXml(value)}</data>`);
    }
    lines.push('    </node>');
  }
  graph.edges.forEach((edge, n) => {
    const source = graph.stakeholders[edge.u]!.id;
    const target = graph.stakeholders[edge.v]!.id;
    lines.push(
      `    <edge id="e${n}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      `      <data key="weight">${edge.weight}</data>`,
      `      <data key="substantiveWeight">${edge.substantiveWeight}</data>`,
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
