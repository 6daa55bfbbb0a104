import type { Analysis } from './analysis';
import {
  needCoverage,
  needRecommendations,
  needStates,
  type NeedCoverage,
  type NeedRecommendation,
  type NeedState,
} from './needs';

interface NeedsOfAnalysis {
  states: NeedState[];
  coverage: NeedCoverage;
}

const computed = new WeakMap<Analysis, NeedsOfAnalysis>();

/** The needs measures of one analysed scope and date, computed on first use and kept with it. */
export function needsOf(analysis: Analysis): NeedsOfAnalysis {
  let found = computed.get(analysis);
  if (!found) {
    const states = needStates(
      analysis.graph,
      analysis.needsInput.needs ?? [],
      analysis.needsInput.assets ?? [],
    );
    found = { states, coverage: needCoverage(states) };
    computed.set(analysis, found);
  }
  return found;
}

/** Need-driven recommendations of the scope, for one need or (needId null) every need not yet cross-sector. */
export function recommendForNeeds(
  analysis: Analysis,
  needId: string | null,
  limit: number,
): NeedRecommendation[] {
  const { states } = needsOf(analysis);
  const chosen = needId === null ? states : states.filter((s) => s.need.id === needId);
  return needRecommendations(analysis.graph, analysis.gaps, chosen, limit);
}

/** The name of the community a need belongs to, for the sentences. */
export function communityNameOf(analysis: Analysis, communityId: string): string {
  return analysis.needsInput.communities.find((c) => c.id === communityId)?.name ?? analysis.graph.scopeName;
}
