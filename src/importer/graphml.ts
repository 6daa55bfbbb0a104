import { statusAt, type IsoDate } from '../domain/dates';
import { PartnershipStatus, isCharitable } from '../domain/enums';
import type { NetworkDocument } from './network-document';

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

export interface GraphMLOptions {
  /** Stakeholders of these communities become nodes; default every stakeholder of the document. */
  communities?: readonly string[];
  /** Only partnerships active at this date tie stakeholders; default every partnership. */
  asOf?: IsoDate;
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
export function toGraphML(document: NetworkDocument, options: GraphMLOptions = {}): string {
  const inScope = options.communities ? new Set(options.communities) : null;
  const communities = new Map(document.communities.map((c) => [c.id, c]));
  const nodes = document.stakeholders.filter((s) => inScope === null || inScope.has(s.community));
  const isNode = new Set(nodes.map((s) => s.id));
  // What each stakeholder offers, as its distinct asset kinds ("FUNDING VENUE"), for filtering in Gephi.
  const assetKinds = new Map<string, Set<string>>();
  for (const a of document.assets ?? [])
    assetKinds.set(a.stakeholder, (assetKinds.get(a.stakeholder) ?? new Set<string>()).add(a.kind));

  const edges = new Map<string, { source: string; target: string; weight: number; substantive: number }>();
  for (const p of document.partnerships) {
    if (
      options.asOf &&
      statusAt(p.startedOn ?? null, p.endedOn ?? null, options.asOf) !== PartnershipStatus.ACTIVE
    )
      continue;
    const members = p.members
      .filter((m) => isNode.has(m.stakeholder))
      .sort((a, b) => (a.stakeholder < b.stakeholder ? -1 : 1));
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const a = members[i];
        const b = members[j];
        if (!a || !b) continue;
        const key = `${a.stakeholder}\u0000${b.stakeholder}`;
        const edge = edges.get(key) ?? {
          source: a.stakeholder,
          target: b.stakeholder,
          weight: 0,
          substantive: 0,
        };
        edge.weight += 1;
        if (!isCharitable(p.kind, a.role) && !isCharitable(p.kind, b.role)) edge.substantive += 1;
        edges.set(key, edge);
      }
    }
  }

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
  for (const s of nodes) {
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
  let n = 0;
  for (const edge of edges.values()) {
    lines.push(
      `    <edge id="e${n}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
      `      <data key="weight">${edge.weight}</data>`,
      `      <data key="substantiveWeight">${edge.substantive}</data>`,
      '    </edge>',
    );
    n += 1;
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
