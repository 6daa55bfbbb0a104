import type { Community } from '../communities/community.type';
import type { Stakeholder } from '../stakeholders/stakeholder.type';
import type { Analysis } from './analysis';
import type {
  PartnerGraphProfile,
  PartnerRecommendation,
  SectorBridge,
  StakeholderPosition,
} from './analytics.type';
import type { BridgeCandidate } from './brokerage';
import { sectorsReached, stakeholderEiIndex } from './diversity';
import type { Recommendation } from './recommendations';
import { needSummary } from './needs';
import { needsOf } from './needs-analysis';
import type { ScopeCommunity } from './subgraph';

/** The measures' plain results → the GraphQL object shapes (no computing here beyond lookups). */

export function stakeholderOf(analysis: Analysis, v: number): Stakeholder {
  const s = analysis.graph.stakeholders[v]!;
  return { ...s };
}

export function communityOf(c: ScopeCommunity): Community {
  return { ...c };
}

export function positionOf(analysis: Analysis, v: number): StakeholderPosition {
  const roles = analysis.brokerageOf(v);
  return {
    at: { analysis, vertex: v },
    stakeholder: stakeholderOf(analysis, v),
    degree: analysis.graph.neighbours[v]!.length,
    eiIndex: stakeholderEiIndex(analysis.graph, v),
    sectorsReached: sectorsReached(analysis.graph, v),
    brokerage: {
      coordinator: roles.coordinator,
      consultant: roles.consultant,
      gatekeeper: roles.gatekeeper,
      liaison: roles.liaison,
      total: roles.coordinator + roles.consultant + roles.gatekeeper + roles.liaison,
    },
    effectiveSize: roles.effectiveSize,
    constraint: roles.constraint,
  };
}

export function profileOf(analysis: Analysis): PartnerGraphProfile {
  const p = analysis.profile;
  return {
    ...p,
    businessEngagement: {
      ...p.businessEngagement,
      charityOnlyStakeholders: p.businessEngagement.charityOnlyStakeholders.map((v) =>
        stakeholderOf(analysis, v),
      ),
    },
    gapCounts: analysis.gapCounts,
    // A getter, read only when the query selects `needs`: the need states cost ~95 ms of main-thread
    // CPU on a cold region of 40,000, which a dashboard without needs paid for nothing.
    get needs() {
      return needSummary(needsOf(analysis).coverage);
    },
  };
}

export function recommendationOf(analysis: Analysis, r: Recommendation): PartnerRecommendation {
  return {
    ...r,
    source: positionOf(analysis, r.source),
    target: positionOf(analysis, r.target),
    introducers: r.introducers.map((z) => ({
      position: positionOf(analysis, z.vertex),
      contribution: z.contribution,
    })),
  };
}

export function bridgeOf(analysis: Analysis, b: BridgeCandidate): SectorBridge {
  return { ...b, position: positionOf(analysis, b.vertex) };
}
