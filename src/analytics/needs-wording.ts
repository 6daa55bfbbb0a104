import { AssetKind } from '../domain/enums';
import type { PartnerGraph } from './partner-graph';
import { NeedStatus, type NeedRecommendation, type ScopeAsset } from './needs';
import { possessive, sectorPlural } from './wording';

/** How an asset of each kind reads after "offers". */
const OFFERS: Readonly<Record<AssetKind, string>> = {
  [AssetKind.VENUE]: 'a venue',
  [AssetKind.EXPERTISE]: 'expertise',
  [AssetKind.FUNDING]: 'funding',
  [AssetKind.VOLUNTEERS]: 'volunteers',
  [AssetKind.EQUIPMENT]: 'equipment',
  [AssetKind.NETWORK]: 'a network',
  [AssetKind.MEDIA]: 'media',
};

/** "a, b and c" */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

function offering(assets: readonly ScopeAsset[]): string {
  return listing([...new Set(assets.map((a) => OFFERS[a.kind]))]);
}

/**
 * One sentence for a need-driven recommendation, e.g. "Évora's need 'activities for seniors' has no
 * active partnership; Évora Sport Club offers a venue and Alentejo Insurance offers funding, and the
 * Parish Council knows both."
 */
export function explainNeedRecommendation(
  graph: PartnerGraph,
  communityName: string,
  r: NeedRecommendation,
): string {
  const name = (v: number): string => graph.stakeholders[v]!.name;
  const { need, status, sectors, addressing } = r.need;
  const where =
    status === NeedStatus.UNMET
      ? 'has no active partnership'
      : sectors.length === 1
        ? `is addressed only by ${sectorPlural(sectors[0]!)} (${listing(addressing.map((p) => p.name))})`
        : `is addressed only by ${listing(addressing.map((p) => p.name))}, with no member in ${communityName}`;
  const side = (v: number, assets: readonly ScopeAsset[]): string =>
    assets.length > 0 ? `${name(v)} offers ${offering(assets)}` : `${name(v)} already works on it`;
  const sides = `${side(r.source, r.sourceAssets)} and ${side(r.target, r.targetAssets)}`;
  const shown = r.introducers.slice(0, 3).map((z) => name(z.vertex));
  const more = r.introducers.length - shown.length;
  const introducers =
    shown.length === 0
      ? '; they have no partner in common yet, so the need itself is the reason to meet'
      : `, and ${more > 0 ? `${shown.join(', ')} and ${more} more` : listing(shown)} ${
          r.introducers.length === 1 ? 'knows' : 'know'
        } both`;
  return `${possessive(communityName)} need '${need.name}' ${where}; ${sides}${introducers}.`;
}
