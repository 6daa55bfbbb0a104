import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseXlsxWorkbook, writeXlsxWorkbook } from '../../../src/formats/xlsx';
import { generateNetwork } from '../../../src/generator/generator';
import type { NetworkDocument } from '../../../src/network-document/network-document';
import { validateDocument } from '../../../src/network-document/validation';
import { cliOnTestDatabase as cli } from '../../support/test-cli';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';
import { child, children, readXml } from '../../support/xml-reader';

const prefix = uniqueId('xlsx');

async function stored(): Promise<number> {
  const [row] = await testRunner().read<{ n: number }>(
    { name: 'test/xlsx-count', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n' },
    { prefix },
  );
  return row!.n;
}

describe('partnership-graph import and export of workbooks and graphs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-xlsx-'));
  /** One community of 6 stakeholders, the first named like a formula. */
  const document: NetworkDocument = generateNetwork({
    communities: 1,
    stakeholdersPerCommunity: 6,
    seed: 7,
    idPrefix: prefix,
  });
  document.stakeholders[0]!.name = '=HYPERLINK("http://example.test","open me")';
  const community = document.communities[0]!.id;

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await testRunner().write(
      { name: 'test/xlsx-cleanup', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n' },
      { prefix },
    );
    await closeTestRunner();
  });

  it('refuses a workbook with a bad cell, naming sheet, row and column, and writes nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsxWorkbook(document)) as unknown as ExcelJS.Buffer);
    workbook.getWorksheet('Stakeholders')!.getCell('C3').value = 'BANK';
    const path = join(dir, 'bad.xlsx');
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = await cli(['import', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 problem; nothing was written:');
    expect(result.stderr).toContain('Stakeholders!3 (sector): sector "BANK" is not one of');
    expect(await stored()).toBe(0);
  });

  it('imports a workbook, exports one holding what the JSON export holds, and writes Kumu and bipartite GEXF files', async () => {
    const path = join(dir, 'network.xlsx');
    writeFileSync(path, await writeXlsxWorkbook(document));
    const imported = await cli(['import', path]);
    expect(imported.code).toBe(0);
    expect(await stored()).toBe(2 + 6 + document.partnerships.length);

    const out = join(dir, 'out.xlsx');
    const exported = await cli(['export', '--format', 'xlsx', '--community', community, '--out', out]);
    expect(exported.code).toBe(0);
    const source = await parseXlsxWorkbook(readFileSync(out), 'out.xlsx');
    expect(source.problems).toEqual([]);
    const read = validateDocument(source.document, source.locate).document!;
    expect(read.stakeholders.map((s) => s.name)).toEqual(
      document.stakeholders.map((s) => s.name).sort(() => 0),
    );
    // The workbook holds exactly what the JSON export of the same community holds.
    const json = join(dir, 'out.json');
    expect((await cli(['export', '--format', 'json', '--community', community, '--out', json])).code).toBe(0);
    expect(read).toEqual(JSON.parse(readFileSync(json, 'utf8')));
    expect(read.stakeholders).toHaveLength(6);

    const kumu = join(dir, 'kumu.xlsx');
    expect((await cli(['export', '--format', 'kumu', '--community', community, '--out', kumu])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(kumu) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Elements', 'Connections']);
    expect(workbook.getWorksheet('Elements')!.actualRowCount).toBe(1 + 6);

    const gexf = join(dir, 'bipartite.gexf');
    const graph = await cli([
      'export',
      '--format',
      'gexf',
      '--bipartite',
      '--community',
      community,
      '--out',
      gexf,
    ]);
    expect(graph.code).toBe(0);
    const nodes = children(
      child(child(child(readXml(readFileSync(gexf, 'utf8')), 'gexf'), 'graph'), 'nodes'),
      'node',
    );
    expect(nodes).toHaveLength(6 + document.partnerships.length);
  });

  it('reports each step of an export on stderr, then the summary; --quiet reports neither', async () => {
    // Runs on the community the previous test imported.
    const out = join(dir, 'progress.json');
    const result = await cli(['export', '--community', community, '--out', out]);
    expect(result.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as NetworkDocument;
    // One community in scope, then each record type as read, then the file (9 steps).
    expect(result.stderr.split('\n').filter((line) => line.startsWith('export: '))).toEqual([
      'export: 1/9 steps (read 1 communities in scope)',
      `export: 2/9 steps (read ${written.partnerships.length} partnerships)`,
      'export: 3/9 steps (read 6 stakeholders)',
      'export: 4/9 steps (read 1 communities)',
      'export: 5/9 steps (read 1 regions)',
      `export: 6/9 steps (read ${written.needs?.length ?? 0} needs)`,
      `export: 7/9 steps (read ${written.assets?.length ?? 0} assets)`,
      `export: 8/9 steps (read ${written.addressedNeeds?.length ?? 0} addressed needs)`,
      'export: 9/9 steps (wrote json)',
    ]);
    expect(result.stderr).toContain(`wrote ${out}: 1 regions, 1 communities, 6 stakeholders`);

    const quiet = await cli(['export', '--community', community, '--out', out, '--quiet']);
    expect(quiet).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(written);
  });

  it('explains the formats in --help', async () => {
    const result = await cli(['export', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/"json", "csv", "xlsx", "kumu",\s+"graphml", "gexf"/);
    expect(result.stdout).toContain('--bipartite');
    expect(result.stdout).toContain('--quiet');
    expect((await cli(['import', '--help'])).stdout).toContain('.xlsx');
  });
});
