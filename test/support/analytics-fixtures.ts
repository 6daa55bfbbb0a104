import type { Subgraph } from '../../src/analytics/subgraph';
import { CommunityKind, MemberRole, PartnershipKind, Sector } from '../../src/domain/enums';
import type { NetworkDocument } from './load-network';

/**
 * Small named networks for the analytics tests. The expected values are derived by hand next to the
 * tests (test/unit/analytics/*.test.ts); the drawings here show each partner graph.
 */

type Doc = NetworkDocument;
type Member = [stakeholder: string, role?: MemberRole];

function community(id: string, name: string, region: string): Doc['communities'][0] {
  return { id, name, country: 'PT', kind: CommunityKind.TOWN, region };
}
function stakeholder(
  id: string,
  name: string,
  sector: Sector,
  type: string,
  at: string,
): Doc['stakeholders'][0] {
  return { id, name, sector, type, community: at };
}
function partnership(
  id: string,
  kind: PartnershipKind,
  members: Member[],
  dates: { startedOn?: string; endedOn?: string } = {},
): Doc['partnerships'][0] {
  return {
    id,
    name: `Partnership ${id}`,
    kind,
    ...dates,
    themes: [],
    members: members.map(([s, role]) => ({ stakeholder: s, role: role ?? MemberRole.PARTNER })),
  };
}
const pairs = (kind: PartnershipKind, edges: [string, string][]): Doc['partnerships'] =>
  edges.map(([a, b]) => partnership(`${a}_${b}`, kind, [[a], [b]]));

/** Analyses in the tests run at this date unless they say otherwise. */
export const AS_OF = '2024-06-30';

/**
 * Évora (region Alentejo, with Beja). 10 stakeholders, no PRIVATE and no CULTURAL ones.
 *
 *   p1 Câmara (PUBLIC, municipality)      e1 e2 e3 (EDUCATION, school)     s1 s2 s3 (SPORT, sport club)
 *   f1 f2 (FINANCIAL, bank)               c1 (CIVIL_SOCIETY, NGO)
 *   Beja: x1 (CIVIL_SOCIETY, youth association), x2 (PUBLIC, municipality)
 *
 *   P1 PROJECT     p1 (LEAD) e1 e2 e3          → p1e1 p1e2 p1e3 e1e2 e1e3 e2e3 (substantive)
 *   P2 NETWORK     s1 (LEAD) s2 s3 + x1 (Beja) → s1s2 s1s3 s2s3; external s1x1 s2x1 s3x1
 *   P3 PROJECT     e1 (LEAD) s1                → e1s1
 *   P4 SPONSORSHIP f1 (FUNDER) s2              → f1s2 (charitable)
 *   P5 CHARITY     f1 (FUNDER) c1              → f1c1 (charitable)
 *   P6 PROJECT     p1 (LEAD) c1                → p1c1
 *   P7 PROJECT     p1 f2, starts 2025-01-01    → planned at AS_OF: nothing
 *   P8 PROJECT     e2 f2, ended 2023-12-31     → ended at AS_OF: nothing
 *   P9 PROJECT     c1 alone                    → a membership, no edge
 *   P10 PROJECT    x1 x2 (both in Beja)
 */
export const ALENTEJO: Doc = {
  regions: [{ id: 'alentejo', name: 'Alentejo', country: 'PT' }],
  communities: [community('evora', 'Évora', 'alentejo'), community('beja', 'Beja', 'alentejo')],
  stakeholders: [
    stakeholder('p1', 'Câmara de Évora', Sector.PUBLIC, 'municipality', 'evora'),
    stakeholder('e1', 'Escola A', Sector.EDUCATION, 'school', 'evora'),
    stakeholder('e2', 'Escola B', Sector.EDUCATION, 'school', 'evora'),
    stakeholder('e3', 'Escola C', Sector.EDUCATION, 'school', 'evora'),
    stakeholder('s1', 'Clube A', Sector.SPORT, 'sport club', 'evora'),
    stakeholder('s2', 'Clube B', Sector.SPORT, 'sport club', 'evora'),
    stakeholder('s3', 'Clube C', Sector.SPORT, 'sport club', 'evora'),
    stakeholder('f1', 'Banco Alentejano', Sector.FINANCIAL, 'bank', 'evora'),
    stakeholder('f2', 'Caixa Agrícola', Sector.FINANCIAL, 'bank', 'evora'),
    stakeholder('c1', 'Ajuda Évora', Sector.CIVIL_SOCIETY, 'NGO', 'evora'),
    stakeholder('x1', 'Juventude Beja', Sector.CIVIL_SOCIETY, 'youth association', 'beja'),
    stakeholder('x2', 'Câmara de Beja', Sector.PUBLIC, 'municipality', 'beja'),
  ],
  partnerships: [
    partnership('P1', PartnershipKind.PROJECT, [['p1', MemberRole.LEAD], ['e1'], ['e2'], ['e3']]),
    partnership('P2', PartnershipKind.NETWORK, [['s1', MemberRole.LEAD], ['s2'], ['s3'], ['x1']]),
    partnership('P3', PartnershipKind.PROJECT, [['e1', MemberRole.LEAD], ['s1']]),
    partnership('P4', PartnershipKind.SPONSORSHIP, [['f1', MemberRole.FUNDER], ['s2']]),
    partnership('P5', PartnershipKind.CHARITY, [['f1', MemberRole.FUNDER], ['c1']]),
    partnership('P6', PartnershipKind.PROJECT, [['p1', MemberRole.LEAD], ['c1']]),
    partnership('P7', PartnershipKind.PROJECT, [['p1'], ['f2']], { startedOn: '2025-01-01' }),
    partnership('P8', PartnershipKind.PROJECT, [['e2'], ['f2']], {
      startedOn: '2022-01-01',
      endedOn: '2023-12-31',
    }),
    partnership('P9', PartnershipKind.PROJECT, [['c1', MemberRole.LEAD]]),
    partnership('P10', PartnershipKind.PROJECT, [['x1', MemberRole.LEAD], ['x2']]),
  ],
};

/**
 * Ghent, for brokerage. Every edge is its own two-member PROJECT.
 *
 *        a1 ─ v ─ b1            v, a1, a2 PUBLIC;  b1, b2 EDUCATION;  c1 SPORT;
 *            /|\                d1 FINANCIAL;  d2 CULTURAL
 *          a2 | b2     a2 ─ b2 (the one closed pair around v)
 *             c1 ─ d1
 *              └── d2
 */
export const GHENT: Doc = {
  regions: [{ id: 'flanders', name: 'Flanders', country: 'BE' }],
  communities: [community('ghent', 'Ghent', 'flanders')],
  stakeholders: [
    stakeholder('v', 'City of Ghent', Sector.PUBLIC, 'city council', 'ghent'),
    stakeholder('a1', 'Youth Service', Sector.PUBLIC, 'youth service', 'ghent'),
    stakeholder('a2', 'Social Service', Sector.PUBLIC, 'social service', 'ghent'),
    stakeholder('b1', 'Kindergarten Noord', Sector.EDUCATION, 'kindergarten', 'ghent'),
    stakeholder('b2', 'University', Sector.EDUCATION, 'university', 'ghent'),
    stakeholder('c1', 'KAA Club', Sector.SPORT, 'sport club', 'ghent'),
    stakeholder('d1', 'Ghent Insurance', Sector.FINANCIAL, 'insurance company', 'ghent'),
    stakeholder('d2', 'City Museum', Sector.CULTURAL, 'museum', 'ghent'),
  ],
  partnerships: pairs(PartnershipKind.PROJECT, [
    ['v', 'a1'],
    ['v', 'a2'],
    ['v', 'b1'],
    ['v', 'b2'],
    ['v', 'c1'],
    ['a2', 'b2'],
    ['c1', 'd1'],
    ['c1', 'd2'],
  ]),
};

/**
 * Lyon, for recommendations. Every edge is its own two-member PROJECT.
 *
 *   s1 ─ z1 ─ f1        s1, s2 SPORT (sport club);  f1 FINANCIAL (bank), f2 FINANCIAL (insurer);
 *   s1 ─ z2 ─ f1        z1 PUBLIC;  z2 EDUCATION;  y CIVIL_SOCIETY
 *   s2 ─ z2             |Γ(z1)| = 2, |Γ(z2)| = 3
 *   f2 ─ y
 */
export const LYON: Doc = {
  regions: [{ id: 'rhone', name: 'Rhône', country: 'FR' }],
  communities: [community('lyon', 'Lyon', 'rhone')],
  stakeholders: [
    stakeholder('s1', 'AS Lyon', Sector.SPORT, 'sport club', 'lyon'),
    stakeholder('s2', 'FC Croix-Rousse', Sector.SPORT, 'sport club', 'lyon'),
    stakeholder('f1', 'Banque Rhône', Sector.FINANCIAL, 'bank', 'lyon'),
    stakeholder('f2', 'Assurance Lyon', Sector.FINANCIAL, 'insurance company', 'lyon'),
    stakeholder('z1', 'Mairie', Sector.PUBLIC, 'city council', 'lyon'),
    stakeholder('z2', 'Lycée Ampère', Sector.EDUCATION, 'school', 'lyon'),
    stakeholder('y', 'Entraide', Sector.CIVIL_SOCIETY, 'NGO', 'lyon'),
  ],
  partnerships: pairs(PartnershipKind.PROJECT, [
    ['s1', 'z1'],
    ['f1', 'z1'],
    ['s1', 'z2'],
    ['f1', 'z2'],
    ['s2', 'z2'],
    ['f2', 'y'],
  ]),
};

/**
 * Tartu, for helix synergy and the CROSS_SECTOR stage: four partnerships whose helix patterns are
 * (K,I) (K,G) (I,G) (S).
 *   H1 PROJECT e (EDUCATION) b (PRIVATE);  H2 PROJECT e, p (PUBLIC);  H3 PROJECT b, p;
 *   H4 PROJECT n (CIVIL_SOCIETY) k (SPORT)
 */
export const TARTU: Doc = {
  regions: [{ id: 'estonia', name: 'Estonia', country: 'EE' }],
  communities: [community('tartu', 'Tartu', 'estonia')],
  stakeholders: [
    stakeholder('e', 'University of Tartu', Sector.EDUCATION, 'university', 'tartu'),
    stakeholder('b', 'Tartu Software', Sector.PRIVATE, 'enterprise', 'tartu'),
    stakeholder('p', 'Tartu City', Sector.PUBLIC, 'city council', 'tartu'),
    stakeholder('n', 'Tartu Volunteers', Sector.CIVIL_SOCIETY, 'NGO', 'tartu'),
    stakeholder('k', 'Tartu Rowing', Sector.SPORT, 'sport club', 'tartu'),
  ],
  partnerships: [
    partnership('H1', PartnershipKind.PROJECT, [['e'], ['b']]),
    partnership('H2', PartnershipKind.PROJECT, [['e'], ['p']]),
    partnership('H3', PartnershipKind.PROJECT, [['b'], ['p']]),
    partnership('H4', PartnershipKind.PROJECT, [['n'], ['k']]),
  ],
};

/**
 * One community per remaining maturity stage, plus the edge cases, in region "Stages".
 *   tampere (EDUCATIONAL_SOCIAL): T1 school+council, T2 council+NGO
 *   graz (CONSORTIUM): G1 school+council+museum
 *   oulu (FULL_SPECTRUM): O1 one member of each of the seven sectors
 *   empty: no stakeholders;  lone: one council with a one-member partnership;  quiet: two, no partnership
 */
export const STAGES: Doc = {
  regions: [{ id: 'stages', name: 'Stages', country: 'FI' }],
  communities: [
    community('tampere', 'Tampere', 'stages'),
    community('graz', 'Graz', 'stages'),
    community('oulu', 'Oulu', 'stages'),
    community('empty', 'Emptyville', 'stages'),
    community('lone', 'Loneham', 'stages'),
    community('quiet', 'Quietby', 'stages'),
  ],
  stakeholders: [
    stakeholder('t-school', 'Tampere School', Sector.EDUCATION, 'school', 'tampere'),
    stakeholder('t-council', 'Tampere Council', Sector.PUBLIC, 'council', 'tampere'),
    stakeholder('t-ngo', 'Tampere NGO', Sector.CIVIL_SOCIETY, 'NGO', 'tampere'),
    stakeholder('g-school', 'Graz School', Sector.EDUCATION, 'school', 'graz'),
    stakeholder('g-council', 'Graz Council', Sector.PUBLIC, 'council', 'graz'),
    stakeholder('g-museum', 'Graz Museum', Sector.CULTURAL, 'museum', 'graz'),
    stakeholder('o-pub', 'Oulu City', Sector.PUBLIC, 'council', 'oulu'),
    stakeholder('o-edu', 'Oulu School', Sector.EDUCATION, 'school', 'oulu'),
    stakeholder('o-pri', 'Oulu Tech', Sector.PRIVATE, 'enterprise', 'oulu'),
    stakeholder('o-fin', 'Oulu Bank', Sector.FINANCIAL, 'bank', 'oulu'),
    stakeholder('o-cul', 'Oulu Library', Sector.CULTURAL, 'library', 'oulu'),
    stakeholder('o-spo', 'Oulu Skiing', Sector.SPORT, 'sport club', 'oulu'),
    stakeholder('o-civ', 'Oulu Red Cross', Sector.CIVIL_SOCIETY, 'NGO', 'oulu'),
    stakeholder('l-council', 'Loneham Council', Sector.PUBLIC, 'council', 'lone'),
    stakeholder('q-school', 'Quietby School', Sector.EDUCATION, 'school', 'quiet'),
    stakeholder('q-club', 'Quietby Club', Sector.SPORT, 'sport club', 'quiet'),
  ],
  partnerships: [
    partnership('T1', PartnershipKind.PROJECT, [['t-school'], ['t-council']]),
    partnership('T2', PartnershipKind.AGREEMENT, [['t-council'], ['t-ngo']]),
    partnership('G1', PartnershipKind.CONSORTIUM, [['g-school'], ['g-council'], ['g-museum']]),
    partnership('O1', PartnershipKind.CONSORTIUM, [
      ['o-pub', MemberRole.LEAD],
      ['o-edu'],
      ['o-pri'],
      ['o-fin'],
      ['o-cul'],
      ['o-spo'],
      ['o-civ'],
    ]),
    partnership('L1', PartnershipKind.PROJECT, [['l-council', MemberRole.LEAD]]),
  ],
};

/**
 * Turku, for the trend: school e, council p, bank f.
 *   Y1 PROJECT e p from 2021-03-01;  Y2 PROJECT p f 2022-05-01 … 2023-06-30;  Y3 SPONSORSHIP f (FUNDER) e from 2023-01-01
 */
export const TURKU: Doc = {
  regions: [{ id: 'finland-proper', name: 'Finland Proper', country: 'FI' }],
  communities: [community('turku', 'Turku', 'finland-proper')],
  stakeholders: [
    stakeholder('e', 'Turku School', Sector.EDUCATION, 'school', 'turku'),
    stakeholder('p', 'Turku City', Sector.PUBLIC, 'council', 'turku'),
    stakeholder('f', 'Turku Savings Bank', Sector.FINANCIAL, 'bank', 'turku'),
  ],
  partnerships: [
    partnership('Y1', PartnershipKind.PROJECT, [['e'], ['p']], { startedOn: '2021-03-01' }),
    partnership('Y2', PartnershipKind.PROJECT, [['p'], ['f']], {
      startedOn: '2022-05-01',
      endedOn: '2023-06-30',
    }),
    partnership('Y3', PartnershipKind.SPONSORSHIP, [['f', MemberRole.FUNDER], ['e']], {
      startedOn: '2023-01-01',
    }),
  ],
};

/**
 * What the fetch query returns for a scope, computed from a document in memory (unit tests need no
 * database): the scope's stakeholders and every partnership with a member in it, with all its members.
 */
export function subgraphOf(doc: Doc, scope: { community: string } | { region: string }): Subgraph {
  const communities =
    'community' in scope
      ? doc.communities.filter((c) => c.id === scope.community)
      : doc.communities.filter((c) => c.region === scope.region);
  const ids = new Set(communities.map((c) => c.id));
  const stakeholders = doc.stakeholders
    .filter((s) => ids.has(s.community))
    .map((s) => ({
      id: s.id,
      name: s.name,
      sector: s.sector,
      type: s.type ?? null,
      description: null,
      website: null,
      communityId: s.community,
    }));
  const inside = new Set(stakeholders.map((s) => s.id));
  const partnerships = doc.partnerships
    .filter((p) => p.members.some((m) => inside.has(m.stakeholder)))
    .map((p) => ({
      id: p.id,
      kind: p.kind,
      startedOn: p.startedOn ?? null,
      endedOn: p.endedOn ?? null,
      memberIds: p.members.map((m) => m.stakeholder),
      roles: p.members.map((m) => m.role),
    }));
  const named =
    'community' in scope
      ? { scope: 'community' as const, id: scope.community, name: communities[0]?.name ?? '' }
      : {
          scope: 'region' as const,
          id: scope.region,
          name: doc.regions.find((r) => r.id === scope.region)?.name ?? '',
        };
  return {
    ...named,
    communities: communities.map((c) => ({
      id: c.id,
      name: c.name,
      country: c.country,
      kind: c.kind,
      population: c.population ?? null,
      regionId: c.region,
    })),
    stakeholders,
    partnerships,
  };
}

/**
 * Brugge, for the network structure (docs/network-structure.md): two triangles joined by the bridge
 * a3 – b1, and a town hall without partners. Vertices in id order: a1 a2 a3 b1 b2 b3 z (N = 7).
 *
 *   a1 ─ a2        b2            a1 a2 a3: EDUCATION (school)   b1: PRIVATE   b2: SPORT   b3: CULTURAL
 *    \  /         /  \           z: PUBLIC, no partnership      o1: a school of Gent (outside the scope)
 *     a3 ──────  b1 ─ b3
 */
export const BRUGGE: Doc = {
  regions: [{ id: 'flanders', name: 'Flanders', country: 'BE' }],
  communities: [community('brugge', 'Brugge', 'flanders'), community('gent', 'Gent', 'flanders')],
  stakeholders: [
    stakeholder('a1', 'Sint-Lodewijk', Sector.EDUCATION, 'school', 'brugge'),
    stakeholder('a2', 'Sint-Leo', Sector.EDUCATION, 'school', 'brugge'),
    stakeholder('a3', 'Hogeschool Brugge', Sector.EDUCATION, 'university', 'brugge'),
    stakeholder('b1', 'Brugse Bouw', Sector.PRIVATE, 'enterprise', 'brugge'),
    stakeholder('b2', 'Club Brugge Atletiek', Sector.SPORT, 'sport club', 'brugge'),
    stakeholder('b3', 'Concertgebouw', Sector.CULTURAL, 'concert hall', 'brugge'),
    stakeholder('z', 'Stadhuis', Sector.PUBLIC, 'city council', 'brugge'),
    stakeholder('o1', 'Sint-Barbara', Sector.EDUCATION, 'school', 'gent'),
  ],
  partnerships: pairs(PartnershipKind.PROJECT, [
    ['a1', 'a2'],
    ['a1', 'a3'],
    ['a2', 'a3'],
    ['a3', 'b1'],
    ['b1', 'b2'],
    ['b1', 'b3'],
    ['b2', 'b3'],
  ]),
};
