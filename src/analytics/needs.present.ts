import type { Asset } from '../assets/asset.type';
import type { Need } from '../needs/need.type';
import type { Analysis } from './analysis';
import { positionOf, stakeholderOf } from './analytics.mapper';
import type {
  NeedCounts as Counts,
  NeedCoverage as Coverage,
  NeedRecommendation as Recommendation,
  NeedState,
  ScopeAsset,
  ScopeNeed,
} from './needs';
import { communityNameOf } from './needs-analysis';
import type { NeedCounts, NeedCoverage, NeedRecommendation, NeedReport } from './needs.type';
import { needRecommendationWording } from './needs-wording';
import { english, type Wording } from './wording';

/** The needs measures' plain results → the GraphQL object shapes. */

export function needOf(n: ScopeNeed): Need {
  return {
    id: n.id,
    name: n.name,
    theme: n.theme,
    targetGroup: n.targetGroup,
    priority: n.priority,
    identifiedOn: n.identifiedOn,
    description: n.description,
    communityId: n.communityId,
  };
}

export function assetOf(a: ScopeAsset): Asset {
  return { ...a };
}

function countsOf(c: Counts): NeedCounts {
  const { needs, ...rest } = c;
  return { total: needs, ...rest };
}

export function reportOf(analysis: Analysis, s: NeedState): NeedReport {
  return {
    need: needOf(s.need),
    status: s.status,
    businessBacked: s.businessBacked,
    addressingIds: s.addressing.map((p) => p.id),
    sectors: s.sectors,
    members: s.members.map((v) => stakeholderOf(analysis, v)),
    assetHolders: s.holders.map((h) => ({
      stakeholder: stakeholderOf(analysis, h.vertex),
      assets: h.assets.map(assetOf),
    })),
  };
}

export function coverageOf(analysis: Analysis, c: Coverage): NeedCoverage {
  return {
    ...countsOf(c),
    shareAddressed: c.shareAddressed,
    shareCrossSector: c.shareCrossSector,
    byPriority: c.byPriority.map((p) => ({ priority: p.priority, ...countsOf(p) })),
    needs: c.states.map((s) => reportOf(analysis, s)),
  };
}

export function needRecommendationOf(analysis: Analysis, r: Recommendation): NeedRecommendation {
  return {
    need: needOf(r.need.need),
    needStatus: r.need.status,
    gapKind: r.gapKind,
    source: positionOf(analysis, r.source),
    target: positionOf(analysis, r.target),
    sourceAssets: r.sourceAssets.map(assetOf),
    targetAssets: r.targetAssets.map(assetOf),
    adamicAdar: r.adamicAdar,
    commonNeighbours: r.commonNeighbours,
    resourceAllocation: r.resourceAllocation,
    introducers: r.introducers.map((z) => ({
      position: positionOf(analysis, z.vertex),
      contribution: z.contribution,
    })),
    ...said(needRecommendationWording(analysis.graph, communityNameOf(analysis, r.need.need.communityId), r)),
  };
}

/** The English explanation and the wording that says it in another language (wording.resolver.ts). */
function said(wording: Wording): { explanation: string; wording: Wording } {
  return { explanation: wording(english()), wording };
}
