import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CypherCatalog } from '../../../src/db/cypher-catalog';
import { writeCsvFiles } from '../../../src/formats/csv';
import { NETWORK_FORMAT, type NetworkDocument } from '../../../src/network-document/network-document';
import { NetworkImporter, NetworkValidationError } from '../../../src/importer/network-importer';
import { readNetworkSource } from '../../../src/formats/network-files';
import { cypherDir } from '../../../src/paths';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';

const catalog = CypherCatalog.load(cypherDir());
const prefix = uniqueId('members');
const id = (name: string): string => `${prefix}-${name}`;

/** One partnership of a school (LEAD) and a bank (FUNDER). */
const stored: NetworkDocument = {
  format: NETWORK_FORMAT,
  regions: [{ id: id('r'), name: 'Alentejo', country: 'PT' }],
  communities: [{ id: id('c'), name: 'Évora', country: 'PT', kind: 'CITY', region: id('r') }],
  stakeholders: [
    { id: id('school'), name: 'Évora School', sector: 'EDUCATION', community: id('c') },
    { id: id('bank'), name: 'Évora Bank', sector: 'FINANCIAL', community: id('c') },
  ],
  partnerships: [
    {
      id: id('p'),
      name: 'Reading together',
      kind: 'PROJECT',
      members: [
        { stakeholder: id('school'), role: 'LEAD' },
        { stakeholder: id('bank'), role: 'FUNDER' },
      ],
    },
  ],
} as NetworkDocument;

async function members(): Promise<string[]> {
  const rows = await testRunner().read<{ member: string }>(
    {
      name: 'test/members-of',
      text: `MATCH (s:Stakeholder)-[m:MEMBER_OF]->(:Partnership {id: $id})
             RETURN s.id + ' ' + m.role AS member ORDER BY member`,
    },
    { id: id('p') },
  );
  return rows.map((r) => r.member);
}

describe('a partnership listed without members', () => {
  const importer = new NetworkImporter(testRunner(), catalog);
  const dir = mkdtempSync(join(tmpdir(), 'pg-members-'));
  const before = [`${id('bank')} FUNDER`, `${id('school')} LEAD`];

  beforeAll(async () => {
    await importer.run(stored);
    expect(await members()).toEqual(before);
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await testRunner().write(
      { name: 'test/members-cleanup', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n' },
      { prefix },
    );
    await closeTestRunner();
  });

  it('in JSON ("members": []) is refused with its path, and the stored members stay', async () => {
    const document = {
      ...stored,
      partnerships: [{ ...stored.partnerships[0]!, name: 'Renamed', members: [] }],
    };
    const error = await importer.run(document).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkValidationError);
    expect((error as NetworkValidationError).problems.map((p) => [p.code, p.location])).toEqual([
      ['MISSING_FIELD', '$.partnerships[0].members'],
    ]);
    expect(await members()).toEqual(before);
    const [row] = await testRunner().read<{ name: string }>(
      { name: 'test/members-name', text: 'MATCH (p:Partnership {id: $id}) RETURN p.name AS name' },
      { id: id('p') },
    );
    expect(row).toEqual({ name: 'Reading together' });
  });

  it('in a CSV folder without memberships.csv is refused, and the stored members stay', async () => {
    const files = writeCsvFiles(stored);
    for (const table of ['regions', 'communities', 'stakeholders', 'partnerships'] as const) {
      writeFileSync(join(dir, `${table}.csv`), files[table]);
    }
    const source = await readNetworkSource(dir);
    const error = await importer
      .run(source.document as NetworkDocument, { locate: source.locate, sourceProblems: source.problems })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkValidationError);
    const problems = (error as NetworkValidationError).problems;
    expect(problems[0]).toMatchObject({ code: 'MISSING_FILE', location: 'memberships.csv' });
    expect(problems.map((p) => p.location)).toEqual(['memberships.csv', 'partnerships.csv:2 (members)']);
    expect(await members()).toEqual(before);
  });
});
