import type { AssetKind } from '../domain/enums';
import type { Translator } from '../i18n/translate';
import type { PartnerGraph } from './partner-graph';
import { NeedStatus, type NeedRecommendation, type ScopeAsset } from './needs';
import { english, listing, possessive, sectorPlural, someNames, type Wording } from './wording';

/** "a venue and funding": what a side's assets offer, each kind once (catalog "offer.<KIND>"). */
function offering(t: Translator, assets: readonly ScopeAsset[]): string {
  return listing(
    t,
    [...new Set(assets.map((a) => a.kind))].map((kind: AssetKind) => t.t(`offer.${kind}`)),
  );
}

/**
 * One sentence for a need-driven recommendation, e.g. "Évora's need 'activities for seniors' has no
 * active partnership; Évora Sport Club offers a venue and Alentejo Insurance offers funding, and the
 * Parish Council knows both.", in any language of locales/.
 */
export function needRecommendationWording(
  graph: PartnerGraph,
  communityName: string,
  r: NeedRecommendation,
): Wording {
  return (t: Translator): string => {
    const name = (v: number): string => graph.stakeholders[v]!.name;
    const { need, status, sectors, addressing } = r.need;
    const partnerships = listing(
      t,
      addressing.map((p) => p.name),
    );
    const where =
      status === NeedStatus.UNMET
        ? t.t('need.unmet')
        : sectors.length === 1
          ? t.t('need.singleSector', { sectors: sectorPlural(t, sectors[0]!), partnerships })
          : t.t('need.elsewhere', { partnerships, community: communityName });
    const side = (v: number, assets: readonly ScopeAsset[]): string =>
      assets.length > 0
        ? t.t('need.offers', { name: name(v), offering: offering(t, assets) })
        : t.t('need.worksOnIt', { name: name(v) });
    const introducers =
      r.introducers.length === 0
        ? t.t('need.noIntroducer')
        : t.t('need.introducers', {
            names: someNames(
              t,
              r.introducers.map((z) => name(z.vertex)),
            ),
            count: r.introducers.length,
          });
    return t.t('need.recommendation', {
      place: possessive(t, communityName),
      community: communityName,
      need: need.name,
      where,
      sides: t.t('need.sides', {
        source: side(r.source, r.sourceAssets),
        target: side(r.target, r.targetAssets),
      }),
      introducers,
    });
  };
}

/** The sentence in English (the API's default). */
export function explainNeedRecommendation(
  graph: PartnerGraph,
  communityName: string,
  r: NeedRecommendation,
): string {
  return needRecommendationWording(graph, communityName, r)(english());
}
