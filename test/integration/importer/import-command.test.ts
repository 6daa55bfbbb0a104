import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCsvFiles, type CsvTexts } from '../../../src/formats/csv';
import { RECORD_TABLES, type RecordTable } from '../../../src/formats/record-tables';
import { generateNetwork } from '../../../src/generator/generator';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';
import { cliOnTestDatabase } from '../../support/test-cli';

const prefix = uniqueId('cli');

const cli = cliOnTestDatabase;

async function stored(): Promise<number> {
  const [row] = await testRunner().read<{ n: number }>(
    { name: 'test/cli-count', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n' },
    { prefix },
  );
  return row!.n;
}

describe('partnership-graph import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-cli-'));
  /** One community of 6 stakeholders: small enough to read the CSV by hand. */
  const document = generateNetwork({
    communities: 1,
    stakeholdersPerCommunity: 6,
    seed: 4,
    idPrefix: prefix,
  });

  const writeFolder = (name: string, edit: (files: CsvTexts) => void): string => {
    const folder = join(dir, name);
    mkdirSync(folder);
    const files = writeCsvFiles(document);
    edit(files);
    for (const [table, text] of Object.entries(files) as [RecordTable, string][])
      writeFileSync(join(folder, RECORD_TABLES[table].file), text);
    return folder;
  };

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await testRunner().write(
      { name: 'test/cli-cleanup', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n' },
      { prefix },
    );
    await closeTestRunner();
  });

  it('lists every problem with file and line, exits 1 and writes nothing', async () => {
    const folder = writeFolder('broken', (files) => {
      const lines = files.stakeholders.split('\n');
      lines[2] = lines[2]!.replace(
        /,(PUBLIC|EDUCATION|PRIVATE|FINANCIAL|CULTURAL|SPORT|CIVIL_SOCIETY),/,
        ',BANK,',
      );
      files.stakeholders = lines.join('\n');
      files.memberships += `${document.partnerships[0]!.id},${prefix}-nobody,PARTNER\n`;
    });
    const result = await cli(['import', folder]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('2 problems; nothing was written:');
    expect(result.stderr).toContain('stakeholders.csv:3 (sector): sector "BANK" is not one of');
    const membershipLine = writeCsvFiles(document).memberships.trimEnd().split('\n').length + 1;
    expect(result.stderr).toContain(
      `memberships.csv:${membershipLine} (stakeholder): stakeholder '${prefix}-nobody'`,
    );
    expect(await stored()).toBe(0);
  });

  it('reports a dry run without writing, then imports and prints the summary', async () => {
    const folder = writeFolder('good', () => undefined);
    const dry = await cli(['import', folder, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(dry.stdout).toMatch(/stakeholders\s+6\s+0\s+0/);
    expect(await stored()).toBe(0);

    const real = await cli(['import', folder, '--batch-size', '3']);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/stakeholders\s+6\s+0\s+0/);
    expect(real.stdout).toMatch(/rows in [\d.]+ s \(\d+ batches\): [\d,]+ rows\/s, [\d,]+ memberships\/s/);
    expect(await stored()).toBe(2 + 6 + document.partnerships.length);
  });

  it('explains itself in --help', async () => {
    const result = await cli(['import', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--dry-run');
    expect(result.stdout).toContain('--batch-size <rows>');
  });
});
