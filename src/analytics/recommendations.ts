import type { Sector } from '../domain/enums';
import { compareIds } from './brokerage';
import type { PartnerGraph } from './partner-graph';
import { decimal, possessive } from './wording';

export interface Introducer {
  vertex: number;
  /** 1 / ln|Γ(z)|: this common neighbour's share of the Adamic-Adar score. */
  contribution: number;
}

export interface Recommendation {
  /** The stakeholder of sectorA and the one of sectorB (sectorA before sectorB in enum order). */
  source: number;
  target: number;
  sectorA: Sector;
  sectorB: Sector;
  adamicAdar: number;
  commonNeighbours: number;
  resourceAllocation: number;
  preferentialAttachment: number;
  /** Common neighbours by contribution descending, then id. */
  introducers: Introducer[];
  explanation: string;
}

/**
 * SPEC §4 "Partner recommendations" over the given sector pairs, ranked together: Adamic-Adar
 * descending, ties by (source id, target id); with `includeCold`, pairs without common neighbours follow
 * by preferential attachment |Γ(s)|·|Γ(t)| descending, then ids.
 */
export function recommend(
  graph: PartnerGraph,
  pairs: readonly [Sector, Sector][],
  limit: number,
  includeCold: boolean,
): Recommendation[] {
  const { neighbours, adjacency, sectors, stakeholders } = graph;
  const warm: Omit<Recommendation, 'explanation'>[] = [];
  const cold: Omit<Recommendation, 'explanation'>[] = [];
  for (const [a, b] of pairs) {
    sectors.forEach((sector, s) => {
      if (sector !== a) return;
      // Two-step walks s–z–t reach exactly the candidates with common neighbours.
      const common = new Map<number, number[]>();
      for (const z of neighbours[s]!) {
        for (const t of neighbours[z]!) {
          if (sectors[t] !== b || adjacency[s]!.has(t)) continue;
          const list = common.get(t);
          if (list) list.push(z);
          else common.set(t, [z]);
        }
      }
      for (const [t, zs] of common) {
        const introducers = zs
          .map((z) => ({ vertex: z, contribution: 1 / Math.log(neighbours[z]!.length) }))
          .sort(
            (x, y) =>
              y.contribution - x.contribution ||
              compareIds(stakeholders[x.vertex]!.id, stakeholders[y.vertex]!.id),
          );
        warm.push({
          source: s,
          target: t,
          sectorA: a,
          sectorB: b,
          adamicAdar: introducers.reduce((sum, z) => sum + z.contribution, 0),
          commonNeighbours: zs.length,
          resourceAllocation: zs.reduce((sum, z) => sum + 1 / neighbours[z]!.length, 0),
          preferentialAttachment: neighbours[s]!.length * neighbours[t]!.length,
          introducers,
        });
      }
      if (!includeCold) return;
      sectors.forEach((other, t) => {
        if (other !== b || adjacency[s]!.has(t) || common.has(t)) return;
        cold.push({
          source: s,
          target: t,
          sectorA: a,
          sectorB: b,
          adamicAdar: 0,
          commonNeighbours: 0,
          resourceAllocation: 0,
          preferentialAttachment: neighbours[s]!.length * neighbours[t]!.length,
          introducers: [],
        });
      });
    });
  }
  const byIds = (x: { source: number; target: number }, y: { source: number; target: number }): number =>
    compareIds(stakeholders[x.source]!.id, stakeholders[y.source]!.id) ||
    compareIds(stakeholders[x.target]!.id, stakeholders[y.target]!.id);
  warm.sort((x, y) => y.adamicAdar - x.adamicAdar || byIds(x, y));
  const ranked = warm.slice(0, limit);
  if (ranked.length < limit) {
    cold.sort((x, y) => y.preferentialAttachment - x.preferentialAttachment || byIds(x, y));
    ranked.push(...cold.slice(0, limit - ranked.length));
  }
  return ranked.map((r) => ({ ...r, explanation: explainRecommendation(graph, r) }));
}

/** One sentence from the recommendation's numbers, naming up to three introducers. */
export function explainRecommendation(graph: PartnerGraph, r: Omit<Recommendation, 'explanation'>): string {
  const name = (v: number): string => graph.stakeholders[v]!.name;
  const pair = `${name(r.source)} and ${name(r.target)}`;
  if (r.commonNeighbours === 0) {
    const ds = graph.neighbours[r.source]!.length;
    const dt = graph.neighbours[r.target]!.length;
    const partners = (d: number): string => `${d} partner${d === 1 ? '' : 's'}`;
    return `${pair} have no partner in common in ${graph.scopeName}; they are suggested for their reach (${partners(ds)} and ${partners(dt)}).`;
  }
  const shown = r.introducers.slice(0, 3).map((z) => name(z.vertex));
  const more = r.introducers.length - shown.length;
  const list =
    more > 0
      ? `${shown.join(', ')} and ${more} more`
      : shown.length === 1
        ? shown[0]!
        : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]!}`;
  const partners = r.commonNeighbours === 1 ? 'a partner' : `${r.commonNeighbours} partners`;
  const who = r.commonNeighbours === 1 ? 'who could introduce them' : 'any of whom could introduce them';
  return `${pair} are not yet partners in ${possessive(graph.scopeName)} network but share ${partners} (${list}), ${who}; Adamic-Adar score ${decimal(r.adamicAdar)}.`;
}
