import ExcelJS from 'exceljs';
import { writeKumuWorkbook } from '../../../src/formats/kumu';
import { parseXlsxWorkbook, writeXlsxWorkbook } from '../../../src/formats/xlsx';
import { NETWORK_FORMAT, type NetworkDocument } from '../../../src/network-document/network-document';
import { validateDocument, type ImportProblem } from '../../../src/network-document/validation';
import { HOSTILE_NAMES, hostileDocument } from '../../support/hostile-names';

/** The hostile document with the optional lists too, so every sheet is written. */
function fullDocument(): NetworkDocument {
  return {
    ...hostileDocument(),
    needs: [
      {
        id: 'n1',
        name: '=Need',
        theme: 'inclusion',
        priority: 'HIGH',
        identifiedOn: '2024-03-01',
        community: 'c1',
      },
    ],
    assets: [{ id: 'a1', name: 'Hall', kind: 'VENUE', themes: ['sport'], stakeholder: 's2' }],
    addressedNeeds: [{ partnership: 'p1', need: 'n1' }],
  } as NetworkDocument;
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A workbook built by hand, sheet by sheet, rows as arrays (the first is the header). */
async function workbookOf(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const located = (problems: ImportProblem[]): [string, string][] => problems.map((p) => [p.code, p.location]);

const VALID = {
  Regions: [
    ['id', 'name', 'country'],
    ['r1', 'Alentejo', 'PT'],
  ],
  Communities: [
    ['id', 'name', 'country', 'kind', 'population', 'region'],
    ['c1', 'Évora', 'PT', 'CITY', 53000, 'r1'],
  ],
  Stakeholders: [
    ['id', 'name', 'sector', 'type', 'description', 'website', 'community'],
    ['s1', 'Escola', 'EDUCATION', null, null, null, 'c1'],
    ['s2', 'Caixa', 'FINANCIAL', 'bank', null, null, 'c1'],
  ],
  Partnerships: [
    ['id', 'name', 'kind', 'startedOn', 'endedOn', 'themes', 'description'],
    ['p1', 'Classes', 'PROJECT', new Date(Date.UTC(2020, 0, 15)), null, 'learning; inclusion', null],
  ],
  Memberships: [
    ['partnership', 'stakeholder', 'role'],
    ['p1', 's1', 'LEAD'],
    ['p1', 's2', 'FUNDER'],
  ],
} satisfies Record<string, ExcelJS.CellValue[][]>;

describe('XLSX workbook', () => {
  it('writes a sheet per record type and reads back the same document, hostile names unchanged', async () => {
    const document = fullDocument();
    const buffer = await writeXlsxWorkbook(document);
    const workbook = await load(buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Regions',
      'Communities',
      'Stakeholders',
      'Partnerships',
      'Memberships',
      'Needs',
      'Assets',
      'AddressedNeeds',
    ]);
    const stakeholders = workbook.getWorksheet('Stakeholders')!;
    expect(stakeholders.getRow(1).values).toEqual([
      undefined,
      'id',
      'name',
      'sector',
      'type',
      'description',
      'website',
      'community',
    ]);
    // Row 2 is s0: its name is text guarded by a quote, never a formula cell.
    expect(stakeholders.getCell('B2').value).toBe(`'${HOSTILE_NAMES[0]}`);
    expect(stakeholders.getCell('B2').type).toBe(ExcelJS.ValueType.String);

    const source = await parseXlsxWorkbook(buffer, 'network.xlsx');
    expect(source.problems).toEqual([]);
    const read = validateDocument(source.document, source.locate);
    expect(read.problems).toEqual([]);
    expect(read.document!.stakeholders.map((s) => s.name)).toEqual(HOSTILE_NAMES);
    expect(read.document).toEqual(validateDocument(document).document);
  });

  it('reads a hand-made workbook: numbers, typed dates and sheet names in any case', async () => {
    const { Regions, ...rest } = VALID;
    const buffer = await workbookOf({ ...rest, ' regions ': Regions, Notes: [['anything']] });
    const source = await parseXlsxWorkbook(buffer, 'hand.xlsx');
    expect(source.problems).toEqual([]);
    const { document, problems } = validateDocument(source.document, source.locate);
    expect(problems).toEqual([]);
    expect(document!.communities[0]!.population).toBe(53000);
    expect(document!.partnerships[0]).toMatchObject({
      startedOn: '2020-01-15',
      themes: ['learning', 'inclusion'],
    });
  });

  it('locates every problem as Sheet!Row (column), and a workbook with problems gives no document to write', async () => {
    const buffer = await workbookOf({
      ...VALID,
      Communities: [
        ['id', 'name', 'country', 'kind', 'region'],
        ['c1', 'Évora', 'PT', 'METROPOLIS', 'r1'],
      ],
      Stakeholders: [
        ['id', 'name', 'sector', 'community', 'colour'],
        ['s1', 'Escola', 'EDUCATION', 'c1', null],
        ['s2', { formula: '1+1', result: 2 }, 'FINANCIAL', 'c1', null],
      ],
      Memberships: [
        ['partnership', 'stakeholder', 'role'],
        ['p1', 's1', 'LEAD'],
        ['p9', 's2', 'FUNDER'],
      ],
    });
    const source = await parseXlsxWorkbook(buffer, 'bad.xlsx');
    const validation = validateDocument(source.document, source.locate);
    expect(located([...source.problems, ...validation.problems])).toEqual([
      ['BAD_VALUE', 'Stakeholders!3 (name)'],
      ['UNKNOWN_COLUMN', 'Stakeholders!1'],
      ['UNKNOWN_REFERENCE', 'Memberships!3 (partnership)'],
      ['BAD_ENUM', 'Communities!2 (kind)'],
      ['EMPTY_NAME', 'Stakeholders!3 (name)'],
    ]);
    expect(source.problems[0]!.message).toBe('the cell holds a formula; type its value instead');
  });

  it('refuses a file that is not a workbook, at the file', async () => {
    const source = await parseXlsxWorkbook(Buffer.from('id,name\nr1,Alentejo\n'), 'regions.xlsx');
    expect(source.document).toBeNull();
    expect(located(source.problems)).toEqual([['MALFORMED_XLSX', 'regions.xlsx']]);
  });

  it('asks for the members of listed partnerships when the Memberships sheet is missing', async () => {
    const rest: Partial<typeof VALID> = { ...VALID };
    delete rest.Memberships;
    const source = await parseXlsxWorkbook(await workbookOf(rest), 'x.xlsx');
    expect(located(source.problems)).toEqual([['MISSING_FILE', 'sheet Memberships']]);
  });
});

describe('Kumu workbook', () => {
  /**
   * Two schools with one name in c1 and a bank: p1 (PROJECT) joins school 1 and the bank, p2
   * (SPONSORSHIP, charitable) joins the bank and school 2, p3 (PROJECT) school 1 and the bank again.
   * Connections: school1–bank strength 2 substantive 2; bank–school2 strength 1, charitable.
   */
  const document = {
    format: NETWORK_FORMAT,
    regions: [{ id: 'r1', name: 'Alentejo', country: 'PT' }],
    communities: [{ id: 'c1', name: 'Évora', country: 'PT', kind: 'CITY', region: 'r1' }],
    stakeholders: [
      { id: 'bank', name: '+Caixa', sector: 'FINANCIAL', type: 'bank', community: 'c1' },
      { id: 'es1', name: 'Escola', sector: 'EDUCATION', description: 'Secondary', community: 'c1' },
      { id: 'es2', name: 'Escola', sector: 'EDUCATION', community: 'c1' },
    ],
    partnerships: [
      {
        id: 'p1',
        name: 'A',
        kind: 'PROJECT',
        members: [
          { stakeholder: 'es1', role: 'LEAD' },
          { stakeholder: 'bank', role: 'PARTNER' },
        ],
      },
      {
        id: 'p2',
        name: 'B',
        kind: 'SPONSORSHIP',
        members: [
          { stakeholder: 'bank', role: 'FUNDER' },
          { stakeholder: 'es2', role: 'PARTNER' },
        ],
      },
      {
        id: 'p3',
        name: 'C',
        kind: 'PROJECT',
        members: [
          { stakeholder: 'es1', role: 'PARTNER' },
          { stakeholder: 'bank', role: 'PARTNER' },
        ],
      },
    ],
  } as NetworkDocument;

  it('has Elements and Connections sheets Kumu imports, one connection per partner pair', async () => {
    const workbook = await load(await writeKumuWorkbook(document));
    const rows = (name: string): unknown[][] =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1));
    expect(rows('Elements')).toEqual([
      ['Label', 'Type', 'Description', 'Tags', 'ID', 'Sector', 'Community', 'Region', 'Organisation Type'],
      ["'+Caixa", 'FINANCIAL', '', 'FINANCIAL | Évora', 'bank', 'FINANCIAL', 'Évora', 'r1', 'bank'],
      ['Escola (es1)', 'EDUCATION', 'Secondary', 'EDUCATION | Évora', 'es1', 'EDUCATION', 'Évora', 'r1', ''],
      ['Escola (es2)', 'EDUCATION', '', 'EDUCATION | Évora', 'es2', 'EDUCATION', 'Évora', 'r1', ''],
    ]);
    expect(rows('Connections')).toEqual([
      ['From', 'To', 'Type', 'Strength', 'Substantive'],
      ["'+Caixa", 'Escola (es1)', 'substantive', 2, 2],
      ["'+Caixa", 'Escola (es2)', 'charitable', 1, 0],
    ]);
  });
});
