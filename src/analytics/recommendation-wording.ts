import type { Translator } from '../i18n/translate';
import type { PartnerGraph } from './partner-graph';
import type { Recommendation } from './recommendations';
import { decimal, possessive, someNames, type Wording } from './wording';

/** One sentence from the recommendation's numbers, naming up to three introducers. */
export function recommendationWording(
  graph: PartnerGraph,
  r: Omit<Recommendation, 'explanation' | 'wording'>,
): Wording {
  return (t: Translator): string => {
    const name = (v: number): string => graph.stakeholders[v]!.name;
    const pair = { source: name(r.source), target: name(r.target), scope: graph.scopeName };
    if (r.commonNeighbours === 0)
      return t.t('recommendation.reach', {
        ...pair,
        sourcePartners: graph.neighbours[r.source]!.length,
        targetPartners: graph.neighbours[r.target]!.length,
      });
    return t.t('recommendation.common', {
      ...pair,
      place: possessive(t, graph.scopeName),
      common: r.commonNeighbours,
      introducers: someNames(
        t,
        r.introducers.map((z) => name(z.vertex)),
      ),
      score: decimal(t, r.adamicAdar),
    });
  };
}
