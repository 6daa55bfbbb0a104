import { Sector } from '../domain/enums';
import type { PartnerGraph } from './partner-graph';

export enum Engagement {
  NONE = 'NONE',
  CHARITY_ONLY = 'CHARITY_ONLY',
  SUBSTANTIVE = 'SUBSTANTIVE',
}

export const BUSINESS_SECTORS: ReadonlySet<Sector> = new Set([Sector.PRIVATE, Sector.FINANCIAL]);

export interface BusinessEngagement {
  none: number;
  charityOnly: number;
  substantive: number;
  /** Vertex indexes of the business stakeholders whose every active membership is charitable. */
  charityOnlyStakeholders: number[];
}

export function engagementOf(graph: PartnerGraph, v: number): Engagement {
  const active = graph.activeMemberships[v] ?? 0;
  if (active === 0) return Engagement.NONE;
  return (graph.charitableMemberships[v] ?? 0) === active ? Engagement.CHARITY_ONLY : Engagement.SUBSTANTIVE;
}

/** docs/measures.md "Business engagement" of every PRIVATE or FINANCIAL stakeholder of the scope. */
export function businessEngagement(graph: PartnerGraph): BusinessEngagement {
  const result: BusinessEngagement = { none: 0, charityOnly: 0, substantive: 0, charityOnlyStakeholders: [] };
  graph.sectors.forEach((sector, v) => {
    if (!BUSINESS_SECTORS.has(sector)) return;
    const engagement = engagementOf(graph, v);
    if (engagement === Engagement.NONE) result.none += 1;
    else if (engagement === Engagement.SUBSTANTIVE) result.substantive += 1;
    else {
      result.charityOnly += 1;
      result.charityOnlyStakeholders.push(v);
    }
  });
  return result;
}
