import { SECTORS, Sector } from '../domain/enums';
import { BUSINESS_SECTORS } from './engagement';
import type { PartnerGraph } from './partner-graph';

export enum MaturityStage {
  EMERGING = 'EMERGING',
  EDUCATIONAL_SOCIAL = 'EDUCATIONAL_SOCIAL',
  CONSORTIUM = 'CONSORTIUM',
  CROSS_SECTOR = 'CROSS_SECTOR',
  FULL_SPECTRUM = 'FULL_SPECTRUM',
}

export interface Maturity {
  stage: MaturityStage;
  /** Why the stage holds (for EMERGING: why none of the later stages does). */
  reasons: string[];
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
  const crossEdge = graph.edges.find(({ u, v }) => graph.sectors[u] !== graph.sectors[v]);

  const business = graph.edges.find(
    ({ u, v, substantive }) =>
      substantive &&
      ((BUSINESS_SECTORS.has(graph.sectors[u]!) && PUBLIC_OR_EDUCATION.has(graph.sectors[v]!)) ||
        (BUSINESS_SECTORS.has(graph.sectors[v]!) && PUBLIC_OR_EDUCATION.has(graph.sectors[u]!))),
  );
  if (business) {
    const [biz, partner] = BUSINESS_SECTORS.has(graph.sectors[business.u]!)
      ? [business.u, business.v]
      : [business.v, business.u];
    const crossReason = `${name(biz)} (${graph.sectors[biz]}) partners substantively with ${name(partner)} (${graph.sectors[partner]})`;
    const absent = SECTORS.filter((s) => (counts.get(s) ?? 0) === 0);
    if (absent.length === 0 && coverage >= 0.6)
      return {
        stage: MaturityStage.FULL_SPECTRUM,
        reasons: [
          crossReason,
          'all seven sectors are present',
          `spectrum coverage is ${coverage.toFixed(2)} (at least 0.60)`,
        ],
      };
    return { stage: MaturityStage.CROSS_SECTOR, reasons: [crossReason] };
  }

  const sectorsIn = (p: (typeof graph.partnerships)[0]): Set<Sector> =>
    new Set(p.members.map((v) => graph.sectors[v]!));
  const consortium = graph.partnerships.find((p) => p.members.length >= 3 && sectorsIn(p).size >= 3);
  const cultureOrSport = graph.partnerships.find((p) =>
    p.members.some((v) => graph.sectors[v] === Sector.CULTURAL || graph.sectors[v] === Sector.SPORT),
  );
  if (consortium && cultureOrSport)
    return {
      stage: MaturityStage.CONSORTIUM,
      reasons: [
        `partnership ${consortium.id} has ${consortium.members.length} members from ${sectorsIn(consortium).size} sectors`,
        `partnership ${cultureOrSport.id} involves culture or sport`,
      ],
    };

  const outside = graph.partnerships.find((p) =>
    p.members.some((v) => !EDUCATIONAL_SOCIAL_SECTORS.has(graph.sectors[v]!)),
  );
  if (active >= 2 && crossEdge && !outside)
    return {
      stage: MaturityStage.EDUCATIONAL_SOCIAL,
      reasons: [
        `${active} active partnerships`,
        `${name(crossEdge.u)} (${graph.sectors[crossEdge.u]}) and ${name(crossEdge.v)} (${graph.sectors[crossEdge.v]}) partner across sectors`,
        'every active partnership is among education, public and civil-society stakeholders',
      ],
    };

  const reasons: string[] = [];
  if (active < 2) reasons.push(active === 0 ? 'no active partnership' : 'only one active partnership');
  if (!crossEdge) reasons.push('no partnership links two sectors');
  if (active >= 2 && crossEdge && outside)
    reasons.push(`partnership ${outside.id} has members outside education, public and civil society`);
  if (!consortium) reasons.push('no active partnership has three members from three sectors');
  else if (!cultureOrSport) reasons.push('no active partnership involves culture or sport');
  reasons.push('no substantive partnership joins a business to a public or educational stakeholder');
  return { stage: MaturityStage.EMERGING, reasons };
}
