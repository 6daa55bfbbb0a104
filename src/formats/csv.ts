import type { CsvError, InfoRecord, Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { NetworkDocument } from '../network-document/network-document';
import type { ImportProblem } from '../network-document/validation';
import { decodeUtf8 } from './encoding';
import type { LoadedSource } from './loaded-source';
import { RECORD_TABLE_NAMES, RECORD_TABLES, type RecordTable } from './record-tables';
import { neutraliseCell } from './spreadsheet-safety';
import {
  documentToTables,
  EMPTY_TABLE,
  headerProblems,
  rowOf,
  tablesToDocument,
  type Table,
  type TableForm,
} from './tables';

const CSV_MESSAGES: Partial<Record<string, string>> = {
  CSV_INVALID_CLOSING_QUOTE:
    'a quoted cell goes on after its closing quote; quote the whole cell and double the quotes inside it ("")',
  INVALID_OPENING_QUOTE:
    'a quote inside an unquoted cell; quote the whole cell and double the quotes inside it ("")',
  CSV_QUOTE_NOT_CLOSED: 'a quote opened on this line is never closed',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'this line does not have as many cells as the header',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'this line does not have as many cells as the header',
};

/**
 * Line breaks inside a record's raw text (quoted cells may span lines). The raw text starts with the
 * empty lines csv-parse skipped before the record and ends with the break that ends it: neither counts.
 */
const interiorLineBreaks = (raw: string): number => {
  const record = raw.replace(/^(?:\r?\n)+/, '');
  return (record.match(/\n/g)?.length ?? 0) - (record.endsWith('\n') ? 1 : 0);
};

const CSV_OPTIONS = { skip_empty_lines: true, skip_records_with_error: true, relax_column_count: false };

/**
 * The line each record (the header included) starts on. csv-parse builds an info object per record
 * for this, which costs as much as the parsing itself, so it is a second pass, run only when a
 * problem needs a location. `onBroken` gets each record csv-parse cannot read, at its first line.
 */
function recordLines(text: string, onBroken?: (error: CsvError, line: number) => void): number[] {
  return parse(text, {
    ...CSV_OPTIONS,
    raw: true,
    on_skip: (error, raw) => {
      if (error && onBroken) onBroken(error, Number(error.lines) - interiorLineBreaks(raw ?? ''));
      return undefined;
    },
    // With raw: true csv-parse hands on_record {record, raw}; its types expect a record back, but it
    // returns whatever on_record gives.
    on_record: (({ raw }: { raw: string }, info: InfoRecord): number =>
      info.lines - interiorLineBreaks(raw)) as unknown as Options['on_record'],
  }) as unknown as number[];
}

function parseTable(table: RecordTable, buffer: Buffer, problems: ImportProblem[]): Table {
  const { file, required } = RECORD_TABLES[table];
  const at = (line: number, code: ImportProblem['code'], message: string): void => {
    problems.push({ code, location: `${file}:${line}`, message, file, line });
  };
  const decoded = decodeUtf8(buffer, file);
  problems.push(...decoded.problems);
  const text = decoded.text;
  if (text === null) return EMPTY_TABLE;

  let broken = false;
  const [headerRecord, ...records] = parse(text, {
    ...CSV_OPTIONS,
    on_skip: () => {
      broken = true;
      return undefined;
    },
  });
  let lines: number[] | null = null;
  const linesOf = (): number[] => (lines ??= recordLines(text));
  if (broken) {
    // Each broken record at the line where it starts, once (csv-parse may report it again).
    const reported = new Set<number>();
    lines = recordLines(text, (error, line) => {
      if (reported.has(line)) return;
      reported.add(line);
      at(line, 'MALFORMED_CSV', CSV_MESSAGES[error.code] ?? error.message.replace(/ at line \d+/, ''));
    });
  }
  if (headerRecord === undefined) {
    at(1, 'MISSING_COLUMN', `the file is empty; it needs a header row: ${required.join(',')}`);
    return EMPTY_TABLE;
  }

  const header = headerRecord.map((name) => name.trim());
  for (const problem of headerProblems(table, header)) at(linesOf()[0] ?? 1, problem.code, problem.message);
  const rows = records.map((record) => rowOf(header, (index) => record[index] ?? ''));
  let rowLines: number[] | null = null;
  return { rows, lines: () => (rowLines ??= linesOf().slice(1)) };
}

/** The five files every folder has, and the optional ones of the lists the document has. */
export type CsvTexts = Record<Exclude<RecordTable, OptionalTable>, string> &
  Partial<Record<OptionalTable, string>>;
type OptionalTable = 'needs' | 'assets' | 'addressedNeeds';

/** The files of a document, as text (UTF-8, header row, RFC 4180 quoting, formulas neutralised). */
export function writeCsvFiles(document: NetworkDocument): CsvTexts {
  const tables = documentToTables(document);
  const texts: Partial<Record<RecordTable, string>> = {};
  for (const table of RECORD_TABLE_NAMES) {
    const rows = tables[table];
    if (rows !== undefined)
      texts[table] = stringify(rows, {
        header: true,
        columns: [...RECORD_TABLES[table].columns],
        cast: { string: neutraliseCell },
      });
  }
  return texts as CsvTexts;
}

const CSV_FORM: TableForm = {
  name: (table) => RECORD_TABLES[table].file,
  position: (table, line) => ({ file: RECORD_TABLES[table].file, line }),
  nothingFound: () => ({
    code: 'MISSING_FILE',
    location: '.',
    message: `none of ${RECORD_TABLE_NAMES.map((t) => RECORD_TABLES[t].file).join(', ')} was found`,
  }),
};

/**
 * Reads the CSV files of a folder (any may be missing, an absent file being an empty list, except
 * memberships.csv when partnerships.csv lists partnerships) into a document, with a function from its
 * JSON paths back to file and line, so validation problems name the CSV line.
 */
export function parseCsvFiles(files: Partial<Record<RecordTable, Buffer>>): LoadedSource {
  const problems: ImportProblem[] = [];
  const tables: Partial<Record<RecordTable, Table>> = {};
  for (const table of RECORD_TABLE_NAMES) {
    const buffer = files[table];
    if (buffer !== undefined) tables[table] = parseTable(table, buffer, problems);
  }
  return tablesToDocument(tables, problems, CSV_FORM);
}
