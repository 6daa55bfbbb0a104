import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { NetworkDocument } from '../network-document/network-document';
import { parseCsvFiles, writeCsvFiles } from './csv';
import { parseJsonSource } from './json';
import type { LoadedSource } from './loaded-source';
import { RECORD_TABLE_NAMES, RECORD_TABLES, type RecordTable } from './record-tables';

/** A .json file, or a folder of the CSV files. */
export function readNetworkSource(path: string): LoadedSource {
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
  return parseJsonSource(readFileSync(path), basename(path));
}

/** Writes a document as a CSV folder (created if needed) or as one JSON file. */
export function writeNetworkDocument(document: NetworkDocument, out: string, format: 'json' | 'csv'): void {
  if (format === 'json') {
    writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  mkdirSync(out, { recursive: true });
  const files = writeCsvFiles(document);
  for (const table of RECORD_TABLE_NAMES) {
    const text = (files as Partial<Record<RecordTable, string>>)[table];
    if (text !== undefined) writeFileSync(join(out, RECORD_TABLES[table].file), text);
  }
}
