import { SECTORS, Sector } from '../domain/enums';
import { BUSINESS_SECTORS } from './engagement';
import type { MessageValues, Translator } from '../i18n/translate';
import { findEdge, type PartnerGraph } from './partner-graph';
import { english, fixed2 } from './wording';

export enum MaturityStage {
  EMERGING = 'EMERGING',
  EDUCATIONAL_SOCIAL = 'EDUCATIONAL_SOCIAL',
  CONSORTIUM = 'CONSORTIUM',
  CROSS_SECTOR = 'CROSS_SECTOR',
  FULL_SPECTRUM = 'FULL_SPECTRUM',
}

export interface Maturity {
  stage: MaturityStage;
  /** Why the stage holds (for EMERGING: why none of the later stages does), in English. */
  reasons: string[];
  /** The same reasons in any language of locales/. */
  wording: (t: Translator) => string[];
}

/** A reason as a catalog key and its values (locales/<language>.json, "maturity.*"). */
type Reason = [key: string, values?: MessageValues];

function said(stage: MaturityStage, reasons: Reason[]): Maturity {
  const wording = (t: Translator): string[] =>
    reasons.map(([key, values]) =>
      t.t(`maturity.${key}`, {
        ...values,
        // Shares print with two decimals in the language's own way ("0.86", "0,86").
        ...(typeof values?.coverage === 'number' && { coverage: fixed2(t, values.coverage) }),
        ...(typeof values?.threshold === 'number' && { threshold: fixed2(t, values.threshold) }),
      }),
    );
  // Not enumerable: the maturity reads as { stage, reasons } (in tests, logs, JSON); GraphQL's
  // Maturity.reasons(language) calls it.
  return Object.defineProperty({ stage, reasons: wording(english()) }, 'wording', {
    value: wording,
  }) as Maturity;
}

const EDUCATIONAL_SOCIAL_SECTORS: ReadonlySet<Sector> = new Set([
  Sector.EDUCATION,
  Sector.PUBLIC,
  Sector.CIVIL_SOCIETY,
]);
const PUBLIC_OR_EDUCATION: ReadonlySet<Sector> = new Set([Sector.PUBLIC, Sector.EDUCATION]);

/**
 * docs/measures.md "Maturity stage": the highest stage whose rule holds. The rules are checked independently
 * (a community can be CROSS_SECTOR without having been a CONSORTIUM); FULL_SPECTRUM includes CROSS_SECTOR.
 */
export function maturity(
  graph: PartnerGraph,
  counts: ReadonlyMap<Sector, number>,
  coverage: number,
): Maturity {
  const name = (v: number): string => graph.stakeholders[v]!.name;
  const active = graph.partnerships.length;
  const crossEdge = findEdge(graph.edges, (u, v) => graph.sectors[u] !== graph.sectors[v]);

  const business = findEdge(
    graph.edges,
    (u, v, substantive) =>
      substantive &&
      ((BUSINESS_SECTORS.has(graph.sectors[u]!) && PUBLIC_OR_EDUCATION.has(graph.sectors[v]!)) ||
        (BUSINESS_SECTORS.has(graph.sectors[v]!) && PUBLIC_OR_EDUCATION.has(graph.sectors[u]!))),
  );
  if (business) {
    const [biz, partner] = BUSINESS_SECTORS.has(graph.sectors[business.u]!)
      ? [business.u, business.v]
      : [business.v, business.u];
    const crossReason: Reason = [
      'business',
      {
        business: name(biz),
        businessSector: graph.sectors[biz]!,
        partner: name(partner),
        partnerSector: graph.sectors[partner]!,
      },
    ];
    const absent = SECTORS.filter((s) => (counts.get(s) ?? 0) === 0);
    if (absent.length === 0 && coverage >= 0.6)
      return said(MaturityStage.FULL_SPECTRUM, [
        crossReason,
        ['allSectors'],
        ['coverage', { coverage, threshold: 0.6 }],
      ]);
    return said(MaturityStage.CROSS_SECTOR, [crossReason]);
  }

  const sectorsIn = (p: (typeof graph.partnerships)[0]): Set<Sector> =>
    new Set(p.members.map((v) => graph.sectors[v]!));
  const consortium = graph.partnerships.find((p) => p.members.length >= 3 && sectorsIn(p).size >= 3);
  const cultureOrSport = graph.partnerships.find((p) =>
    p.members.some((v) => graph.sectors[v] === Sector.CULTURAL || graph.sectors[v] === Sector.SPORT),
  );
  if (consortium && cultureOrSport)
    return said(MaturityStage.CONSORTIUM, [
      [
        'consortium',
        { id: consortium.id, members: consortium.members.length, sectors: sectorsIn(consortium).size },
      ],
      ['cultureOrSport', { id: cultureOrSport.id }],
    ]);

  const outside = graph.partnerships.find((p) =>
    p.members.some((v) => !EDUCATIONAL_SOCIAL_SECTORS.has(graph.sectors[v]!)),
  );
  if (active >= 2 && crossEdge && !outside)
    return said(MaturityStage.EDUCATIONAL_SOCIAL, [
      ['activePartnerships', { count: active }],
      [
        'crossPair',
        {
          a: name(crossEdge.u),
          aSector: graph.sectors[crossEdge.u]!,
          b: name(crossEdge.v),
          bSector: graph.sectors[crossEdge.v]!,
        },
      ],
      ['educationalSocialOnly'],
    ]);

  const reasons: Reason[] = [];
  if (active < 2) reasons.push([active === 0 ? 'noActive' : 'oneActive']);
  if (!crossEdge) reasons.push(['noCross']);
  if (active >= 2 && crossEdge && outside) reasons.push(['outside', { id: outside.id }]);
  if (!consortium) reasons.push(['noConsortium']);
  else if (!cultureOrSport) reasons.push(['noCultureOrSport']);
  reasons.push(['noBusiness']);
  return said(MaturityStage.EMERGING, reasons);
}
