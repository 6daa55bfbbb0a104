import { isCharitable, type MemberRole } from '../domain/enums';
import type { NetworkDocument, PartnershipRecord } from '../network-document/network-document';
import { edgesOf, forEachPartnerPair } from '../analytics/partner-graph';
import { documentPartnerGraph, type DocumentGraphOptions } from './document-graph';

/**
 * A graph ready to be written as GraphML or GEXF: the two writers share it, so both files of one
 * export hold the same nodes, edges and values.
 */
export type AttributeType = 'string' | 'integer' | 'double';
export interface AttributeSpec {
  id: string;
  type: AttributeType;
}
type Value = string | number | null | undefined;

/** A closed interval of ISO dates; null is unbounded on that side. */
export interface Spell {
  start: string | null;
  end: string | null;
}

export interface ModelNode {
  id: string;
  label: string;
  attributes: Record<string, Value>;
  /** When it exists (GEXF); absent = always. */
  spells?: Spell[];
}
export interface ModelEdge {
  source: string;
  target: string;
  weight: number;
  attributes: Record<string, Value>;
  spells?: Spell[];
}
export interface GraphModel {
  name: string;
  nodeAttributes: AttributeSpec[];
  edgeAttributes: AttributeSpec[];
  nodes: ModelNode[];
  edges: ModelEdge[];
}

const STAKEHOLDER_ATTRIBUTES: AttributeSpec[] = [
  { id: 'sector', type: 'string' },
  { id: 'type', type: 'string' },
  { id: 'community', type: 'string' },
  { id: 'communityName', type: 'string' },
  { id: 'region', type: 'string' },
  { id: 'assetKinds', type: 'string' },
];

function stakeholderAttributes(document: NetworkDocument): (id: string) => Record<string, Value> {
  const communities = new Map(document.communities.map((c) => [c.id, c]));
  const records = new Map(document.stakeholders.map((s) => [s.id, s]));
  // What each stakeholder offers, as its distinct asset kinds ("FUNDING VENUE"), for filtering in Gephi.
  const assetKinds = new Map<string, Set<string>>();
  for (const a of document.assets ?? [])
    assetKinds.set(a.stakeholder, (assetKinds.get(a.stakeholder) ?? new Set<string>()).add(a.kind));
  return (id) => {
    const s = records.get(id);
    const community = s && communities.get(s.community);
    const kinds = assetKinds.get(id);
    return {
      sector: s?.sector,
      type: s?.type,
      community: s?.community,
      communityName: community?.name,
      region: community?.region,
      assetKinds: kinds ? [...kinds].sort().join(' ') : null,
    };
  };
}

const spellOf = (p: Pick<PartnershipRecord, 'startedOn' | 'endedOn'>): Spell => ({
  start: p.startedOn ?? null,
  end: p.endedOn ?? null,
});

/**
 * The union of closed intervals, sorted; undefined when it is "always" (one of them unbounded on both
 * sides, or together they cover everything), which GEXF writes as no spell at all.
 */
export function mergeSpells(spells: readonly Spell[]): Spell[] | undefined {
  const sorted = [...spells].sort((a, b) =>
    a.start === b.start ? 0 : a.start === null ? -1 : b.start === null ? 1 : a.start < b.start ? -1 : 1,
  );
  const merged: Spell[] = [];
  for (const spell of sorted) {
    const last = merged[merged.length - 1];
    if (last && (last.end === null || (spell.start !== null && spell.start <= last.end))) {
      if (last.end !== null && (spell.end === null || spell.end > last.end)) last.end = spell.end;
    } else merged.push({ ...spell });
  }
  const first = merged[0];
  return merged.length === 1 && first?.start === null && first.end === null ? undefined : merged;
}

/**
 * Stakeholders tied by the partner-graph rule of the measures (documentPartnerGraph): `weight` =
 * partnerships shared, `substantiveWeight` = those where both memberships are substantive. With
 * `spells`, each edge exists while at least one of its partnerships runs.
 */
export function partnerGraphModel(
  document: NetworkDocument,
  options: DocumentGraphOptions & { spells?: boolean } = {},
): GraphModel {
  const graph = documentPartnerGraph(document, options);
  const attributes = stakeholderAttributes(document);
  const ids = graph.stakeholders.map((s) => s.id);
  const edgeSpells = new Map<string, Spell[]>();
  if (options.spells) {
    const records = new Map(document.partnerships.map((p) => [p.id, p]));
    for (const p of graph.partnerships) {
      const spell = spellOf(records.get(p.id) ?? {});
      forEachPartnerPair(p, (u, v) => {
        const key = `${Math.min(u, v)} ${Math.max(u, v)}`;
        edgeSpells.set(key, [...(edgeSpells.get(key) ?? []), spell]);
      });
    }
  }
  return {
    name: 'partners',
    nodeAttributes: STAKEHOLDER_ATTRIBUTES,
    edgeAttributes: [{ id: 'substantiveWeight', type: 'double' }],
    nodes: graph.stakeholders.map((s) => ({ id: s.id, label: s.name, attributes: attributes(s.id) })),
    edges: edgesOf(graph.edges).map((e) => {
      const spells = edgeSpells.get(`${Math.min(e.u, e.v)} ${Math.max(e.u, e.v)}`);
      return {
        source: ids[e.u]!,
        target: ids[e.v]!,
        weight: e.weight,
        attributes: { substantiveWeight: e.substantiveWeight },
        ...(spells ? { spells: mergeSpells(spells) } : {}),
      };
    }),
  };
}

/** Node ids of the bipartite graph: stakeholder and partnership ids may be equal, so each gets its kind. */
export const bipartiteId = (part: 'stakeholder' | 'partnership', id: string): string => `${part}:${id}`;

/**
 * Stakeholders and partnerships both as nodes (`part` says which), one edge per stakeholder and
 * partnership it is a member of (`roles`, `charitable` per docs/measures.md). The scope's stakeholders
 * and every partnership with a member among them; with `spells`, partnerships and their membership
 * edges exist from startedOn to endedOn. `asOf` keeps only partnerships active then.
 */
export function bipartiteModel(
  document: NetworkDocument,
  options: DocumentGraphOptions & { spells?: boolean } = {},
): GraphModel {
  const graph = documentPartnerGraph(document, options);
  const stakeholderIds = new Set(graph.stakeholders.map((s) => s.id));
  const counted = new Set(graph.partnerships.map((p) => p.id));
  const partnerships = document.partnerships
    .filter((p) => counted.has(p.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const attributes = stakeholderAttributes(document);
  const always = (spell: Spell): Spell[] | undefined => (options.spells ? mergeSpells([spell]) : undefined);
  const edges: ModelEdge[] = [];
  for (const p of partnerships) {
    const roles = new Map<string, MemberRole[]>();
    for (const m of p.members)
      if (stakeholderIds.has(m.stakeholder))
        roles.set(m.stakeholder, [...(roles.get(m.stakeholder) ?? []), m.role]);
    for (const [stakeholder, held] of [...roles].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const spells = always(spellOf(p));
      edges.push({
        source: bipartiteId('stakeholder', stakeholder),
        target: bipartiteId('partnership', p.id),
        weight: 1,
        attributes: {
          roles: [...held].sort().join(' '),
          charitable: held.every((role) => isCharitable(p.kind, role)) ? 'true' : 'false',
        },
        ...(spells ? { spells } : {}),
      });
    }
  }
  return {
    name: 'stakeholders-and-partnerships',
    nodeAttributes: [
      { id: 'part', type: 'string' },
      ...STAKEHOLDER_ATTRIBUTES,
      { id: 'kind', type: 'string' },
      { id: 'startedOn', type: 'string' },
      { id: 'endedOn', type: 'string' },
      { id: 'themes', type: 'string' },
    ],
    edgeAttributes: [
      { id: 'roles', type: 'string' },
      { id: 'charitable', type: 'string' },
    ],
    nodes: [
      ...graph.stakeholders.map((s) => ({
        id: bipartiteId('stakeholder', s.id),
        label: s.name,
        attributes: { part: 'stakeholder', ...attributes(s.id) },
      })),
      ...partnerships.map((p) => {
        const spells = always(spellOf(p));
        return {
          id: bipartiteId('partnership', p.id),
          label: p.name,
          attributes: {
            part: 'partnership',
            kind: p.kind,
            startedOn: p.startedOn,
            endedOn: p.endedOn,
            themes: p.themes?.length ? p.themes.join('; ') : null,
          },
          ...(spells ? { spells } : {}),
        };
      }),
    ],
    edges,
  };
}
