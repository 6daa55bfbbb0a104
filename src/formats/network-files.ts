import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { NetworkDocument } from '../network-document/network-document';
import { parseCsvFiles, writeCsvFiles } from './csv';
import { parseJsonSource } from './json';
import type { LoadedSource } from './loaded-source';
import { parseXlsxWorkbook, writeXlsxWorkbook } from './xlsx';
import { RECORD_TABLE_NAMES, RECORD_TABLES, type RecordTable } from './record-tables';

/** The forms a whole document is written in (and read back from). */
export type DocumentFormat = 'json' | 'csv' | 'xlsx';

/** A .json file, an .xlsx workbook, or a folder of the CSV files. */
export async function readNetworkSource(path: string): Promise<LoadedSource> {
  if (!existsSync(path)) {
    return {
      document: null,
      problems: [{ code: 'MISSING_FILE', location: path, message: `${path} does not exist` }],
    };
  }
  if (statSync(path).isDirectory()) {
    const files: Partial<Record<RecordTable, Buffer>> = {};
    for (const table of RECORD_TABLE_NAMES) {
      const full = join(path, RECORD_TABLES[table].file);
      if (existsSync(full)) files[table] = readFileSync(full);
    }
    return parseCsvFiles(files);
  }
  if (extname(path).toLowerCase() === '.xlsx') return parseXlsxWorkbook(readFileSync(path), basename(path));
  return parseJsonSource(readFileSync(path), basename(path));
}

/** Writes a document as a CSV folder (created if needed), one JSON file or one XLSX workbook. */
export async function writeNetworkDocument(
  document: NetworkDocument,
  out: string,
  format: DocumentFormat,
): Promise<void> {
  if (format === 'json') {
    writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  if (format === 'xlsx') {
    writeFileSync(out, await writeXlsxWorkbook(document));
    return;
  }
  mkdirSync(out, { recursive: true });
  const files = writeCsvFiles(document);
  for (const table of RECORD_TABLE_NAMES) {
    const text = (files as Partial<Record<RecordTable, string>>)[table];
    if (text !== undefined) writeFileSync(join(out, RECORD_TABLES[table].file), text);
  }
}
