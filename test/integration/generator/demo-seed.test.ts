import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CypherCatalog } from '../../../src/db/cypher-catalog';
import { isCharitable, type MemberRole, type PartnershipKind, Sector } from '../../../src/domain/enums';
import type { NetworkDocument } from '../../../src/network-document/network-document';
import { seedDemoIfEmpty } from '../../../src/generator/demo';
import { NetworkImporter } from '../../../src/importer/network-importer';
import { cypherDir, projectRoot } from '../../../src/paths';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';

const catalog = CypherCatalog.load(cypherDir());
const prefix = `${uniqueId('demo')}-`;
const demo = JSON.parse(readFileSync(join(projectRoot(), 'seed', 'demo.json'), 'utf8')) as NetworkDocument;

/** The demo under ids of its own, so it never meets another test's data in the shared database. */
function prefixed(document: NetworkDocument): NetworkDocument {
  const p = (id: string): string => `${prefix}${id}`;
  return {
    format: document.format,
    regions: document.regions.map((r) => ({ ...r, id: p(r.id) })),
    communities: document.communities.map((c) => ({ ...c, id: p(c.id), region: p(c.region) })),
    stakeholders: document.stakeholders.map((s) => ({ ...s, id: p(s.id), community: p(s.community) })),
    partnerships: document.partnerships.map((x) => ({
      ...x,
      id: p(x.id),
      members: x.members.map((m) => ({ ...m, stakeholder: p(m.stakeholder) })),
    })),
  };
}

interface Row {
  stakeholder: string;
  sector: Sector;
  partnership: string | null;
  kind: PartnershipKind | null;
  role: MemberRole | null;
  startedOn: string | null;
  endedOn: string | null;
}

/** A community's stakeholders with every membership, straight from the imported graph. */
async function communityRows(community: string): Promise<Row[]> {
  return testRunner().read<Row>(
    {
      name: 'test/demo-community-memberships',
      text: `MATCH (:Community {id: $community})<-[:BASED_IN]-(s:Stakeholder)
             OPTIONAL MATCH (s)-[m:MEMBER_OF]->(p:Partnership)
             RETURN s.id AS stakeholder, s.sector AS sector, p.id AS partnership, p.kind AS kind, m.role AS role,
               p.startedOn AS startedOn, p.endedOn AS endedOn`,
    },
    { community: `${prefix}${community}` },
  );
}

type Stage = 'EMERGING' | 'EDUCATIONAL_SOCIAL' | 'CONSORTIUM' | 'CROSS_SECTOR' | 'FULL_SPECTRUM';
const EDUCATIONAL_SOCIAL = new Set<Sector>([Sector.EDUCATION, Sector.PUBLIC, Sector.CIVIL_SOCIETY]);
const BUSINESS = new Set<Sector>([Sector.PRIVATE, Sector.FINANCIAL]);
const PUBLIC_OR_EDUCATION = new Set<Sector>([Sector.PUBLIC, Sector.EDUCATION]);

/** SPEC §4's maturity rules, written out plainly: the highest stage whose rule holds. */
function stageAt(rows: Row[], asOf: string): Stage {
  const present = new Set(rows.map((r) => r.sector));
  const active = rows.filter(
    (r) => r.partnership !== null && (r.startedOn ?? '') <= asOf && (r.endedOn === null || r.endedOn >= asOf),
  );
  const byPartnership = new Map<string, Row[]>();
  for (const r of active)
    byPartnership.set(r.partnership!, [...(byPartnership.get(r.partnership!) ?? []), r]);

  const tiedPairs = new Set<string>();
  let crossSectorEdge = false;
  let substantiveBusinessTie = false;
  for (const members of byPartnership.values()) {
    for (const a of members)
      for (const b of members) {
        if (a.stakeholder >= b.stakeholder) continue;
        if (a.sector !== b.sector) {
          crossSectorEdge = true;
          tiedPairs.add([a.sector, b.sector].sort().join('+'));
        }
        const substantive = !isCharitable(a.kind!, a.role!) && !isCharitable(b.kind!, b.role!);
        const businessToPublic =
          (BUSINESS.has(a.sector) && PUBLIC_OR_EDUCATION.has(b.sector)) ||
          (BUSINESS.has(b.sector) && PUBLIC_OR_EDUCATION.has(a.sector));
        if (substantive && businessToPublic) substantiveBusinessTie = true;
      }
  }
  const full = substantiveBusinessTie && present.size === 7 && tiedPairs.size / 21 >= 0.6;
  const consortium =
    [...byPartnership.values()].some((m) => m.length >= 3 && new Set(m.map((r) => r.sector)).size >= 3) &&
    active.some((r) => r.sector === Sector.CULTURAL || r.sector === Sector.SPORT);
  const educationalSocial =
    byPartnership.size >= 2 && crossSectorEdge && active.every((r) => EDUCATIONAL_SOCIAL.has(r.sector));
  if (full) return 'FULL_SPECTRUM';
  if (substantiveBusinessTie) return 'CROSS_SECTOR';
  if (consortium) return 'CONSORTIUM';
  if (educationalSocial) return 'EDUCATIONAL_SOCIAL';
  return 'EMERGING';
}

const E = 'EMERGING';
const ES = 'EDUCATIONAL_SOCIAL';
const CO = 'CONSORTIUM';
const CS = 'CROSS_SECTOR';
const FS = 'FULL_SPECTRUM';
/** Stage on 31 December of 2014 … 2026, derived by hand from seed/README.md's stories. */
const TREND: Record<string, Stage[]> = {
  //                 2014 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025 2026
  'pt-evora': /*    */ [E, ES, ES, CO, CO, CO, CS, CS, CS, FS, FS, FS, FS],
  'gb-swansea': /*  */ [E, E, E, ES, ES, CO, CO, CS, CS, CS, CS, CS, CS],
  'es-salt': /*     */ [E, E, ES, ES, ES, CO, CO, CO, CO, CO, CO, CO, CO],
  'hu-nagykovacsi': [E, E, E, E, E, ES, ES, ES, ES, ES, ES, ES, ES],
  'it-udine': /*    */ [E, E, CO, CO, CO, CO, CO, CO, CO, CO, CO, CO, CO],
  'ro-alba-iulia': [E, E, E, E, ES, ES, ES, E, E, E, E, E, E],
};

afterAll(closeTestRunner);

describe('seed/demo.json', () => {
  const rows = new Map<string, Row[]>();

  beforeAll(async () => {
    const summary = await new NetworkImporter(testRunner(), catalog).run(prefixed(demo));
    expect(summary.stakeholders.created).toBe(demo.stakeholders.length);
    for (const community of Object.keys(TREND)) rows.set(community, await communityRows(community));
  });

  afterAll(async () => {
    await testRunner().write(
      { name: 'test/demo-cleanup', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n' },
      { prefix },
    );
  });

  it('holds the six learning communities, one region per country', () => {
    expect(demo.communities.map((c) => `${c.name} (${c.country})`)).toEqual([
      'Évora (PT)',
      'Swansea (GB)',
      'Salt (ES)',
      'Nagykovácsi (HU)',
      'Udine (IT)',
      'Alba Iulia (RO)',
    ]);
    expect(new Set(demo.regions.map((r) => r.country)).size).toBe(6);
  });

  it.each(Object.entries(TREND))('%s reaches the stage of its story, year by year', (community, stages) => {
    const years = stages.map((_, i) => 2014 + i);
    expect(years.map((year) => stageAt(rows.get(community)!, `${year}-12-31`))).toEqual(stages);
  });

  it('shows one stage of each kind today', () => {
    const today = Object.keys(TREND).map((c) => stageAt(rows.get(c)!, '2026-06-30'));
    expect(today).toEqual([FS, CS, CO, ES, CO, E]);
  });

  it("gives Udine's bank only charitable memberships, and Salt no business at all", () => {
    const bank = rows.get('it-udine')!.filter((r) => r.sector === Sector.FINANCIAL && r.partnership !== null);
    expect(bank.length).toBeGreaterThan(0);
    expect(bank.every((r) => isCharitable(r.kind!, r.role!))).toBe(true);
    expect(rows.get('es-salt')!.filter((r) => BUSINESS.has(r.sector))).toEqual([]);
  });
});

describe('seeding an empty database', () => {
  const importer = new NetworkImporter(testRunner(), catalog);
  const ensureSchema = jest.fn(() => Promise.resolve());

  afterAll(async () => {
    await testRunner().write(
      { name: 'test/demo-seed-cleanup', text: 'UNWIND $ids AS id MATCH (n {id: id}) DETACH DELETE n' },
      {
        ids: [
          demo.regions,
          demo.communities,
          demo.stakeholders,
          demo.partnerships,
          demo.needs ?? [],
          demo.assets ?? [],
        ].flatMap((list) => list.map((r) => r.id)),
      },
    );
  });

  it('leaves a database that holds anything alone', async () => {
    const summary = await seedDemoIfEmpty({
      system: { countEntities: () => Promise.resolve(3) },
      importer,
      ensureSchema,
    });
    expect(summary).toBeNull();
    expect(ensureSchema).not.toHaveBeenCalled();
  });

  it('loads the demo network when the database is empty', async () => {
    // The suite's database is shared, so emptiness is simulated; the import itself is real.
    const summary = await seedDemoIfEmpty({
      system: { countEntities: () => Promise.resolve(0) },
      importer,
      ensureSchema,
    });
    expect(ensureSchema).toHaveBeenCalled();
    expect(summary?.communities.created).toBe(6);
    expect(summary?.partnerships.created).toBe(demo.partnerships.length);
    // Illustrative needs and assets for every community (seed/README.md).
    expect(summary?.needs.created).toBe(15);
    expect(summary?.assets.created).toBe(22);
    expect(summary?.addressedNeeds.created).toBe(11);
    expect(new Set(demo.needs?.map((n) => n.community))).toEqual(new Set(demo.communities.map((c) => c.id)));
  });
});
