import ExcelJS from 'exceljs';
import type { NetworkDocument } from '../network-document/network-document';
import type { ImportProblem } from '../network-document/validation';
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

/**
 * The network as one .xlsx workbook: a sheet per record type (Regions, Communities, Stakeholders,
 * Partnerships, Memberships, and Needs, Assets, AddressedNeeds when the document has them), with the
 * same header row, columns and rules as the CSV folder (docs/formats.md). Every cell is written as
 * text, guarded against formulas like the CSV cells, so Excel neither runs nor reformats it.
 */
export async function writeXlsxWorkbook(document: NetworkDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'partnership-graph';
  const tables = documentToTables(document);
  for (const table of RECORD_TABLE_NAMES) {
    const rows = tables[table];
    if (rows === undefined) continue;
    const { sheet, columns } = RECORD_TABLES[table];
    addSheet(
      workbook,
      sheet,
      [...columns],
      rows.map((row) => columns.map((column) => row[column] ?? '')),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A text as an OOXML cell keeps it exactly. The file is XML, which turns a carriage return into a line
 * feed and cannot hold other control characters; OOXML writes such a character as `_xHHHH_` (and a
 * literal `_xHHHH_` with its underscore escaped as `_x005F_`), which exceljs and Excel decode on reading.
 */
export function xlsxText(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_').replace(
    // eslint-disable-next-line no-control-regex -- the characters XML cannot hold as they are
    /[\x00-\x08\x0b-\x0d\x0e-\x1f\uFFFE\uFFFF]/g,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** A table cell as written: numbers as numbers, text guarded against formulas and kept exact. */
export const xlsxCell = (value: string | number): string | number =>
  typeof value === 'number' ? value : xlsxText(neutraliseCell(value));

/** A sheet with a bold, frozen header row, cells written by xlsxCell, columns as wide as their text. */
export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: (string | number)[][],
): void {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.addRow(header).font = { bold: true };
  for (const row of rows) worksheet.addRow(row.map(xlsxCell));
  header.forEach((_, i) => {
    const longest = Math.max(...[header, ...rows].map((row) => String(row[i] ?? '').length));
    worksheet.getColumn(i + 1).width = Math.min(Math.max(longest + 2, 8), 60);
  });
}

const XLSX_FORM: TableForm = {
  name: (table) => `sheet ${RECORD_TABLES[table].sheet}`,
  position: (table, line) => ({ file: RECORD_TABLES[table].sheet, line, sheet: true }),
  nothingFound: () => ({
    code: 'MISSING_FILE',
    location: '.',
    message: `the workbook has none of the sheets ${RECORD_TABLE_NAMES.map((t) => RECORD_TABLES[t].sheet).join(', ')}`,
  }),
};

/** ISO date of a date cell: Excel keeps dates as days, exceljs gives them as UTC midnight. */
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * A cell as the text a CSV cell would hold. Dates typed into Excel become YYYY-MM-DD; a formula is
 * refused (its result depends on the spreadsheet, and importing it is how formula injection starts).
 */
function cellText(value: ExcelJS.CellValue): { text: string } | { problem: string } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) return { text: isoDay(value) };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
  if ('formula' in value || 'sharedFormula' in value)
    return { problem: 'the cell holds a formula; type its value instead' };
  if ('hyperlink' in value) return { text: String(value.text) };
  if ('error' in value) return { problem: `the cell holds the error ${value.error}; type a value instead` };
  return { problem: 'the cell holds something other than text, a number or a date' };
}

/** A problem at a row of a sheet, and at a column when one is named: `Sheet!Row (column)`. */
function sheetProblem(
  sheet: string,
  row: number,
  column: string | undefined,
  code: ImportProblem['code'],
  message: string,
): ImportProblem {
  return {
    code,
    location: `${sheet}!${row}${column ? ` (${column})` : ''}`,
    message,
    file: sheet,
    line: row,
  };
}

/**
 * Reads a workbook into a document, with locations `Sheet!Row (column)`. Sheets are found by name
 * (case and surrounding spaces aside); other sheets are ignored, as files other than the tables are in
 * a CSV folder. A file that is not a workbook at all is one problem, at the file.
 */
export async function parseXlsxWorkbook(buffer: Buffer, file: string): Promise<LoadedSource> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      document: null,
      problems: [
        {
          code: 'MALFORMED_XLSX',
          location: file,
          message: `not an .xlsx workbook (${reason}); save it from Excel or LibreOffice as "Excel 2007-365 (.xlsx)"`,
          file,
        },
      ],
    };
  }
  const problems: ImportProblem[] = [];
  const byName = new Map(workbook.worksheets.map((w) => [w.name.trim().toLowerCase(), w]));
  const tables: Partial<Record<RecordTable, Table>> = {};
  for (const table of RECORD_TABLE_NAMES) {
    const { sheet } = RECORD_TABLES[table];
    const worksheet = byName.get(sheet.toLowerCase());
    if (!worksheet) continue;
    const at = (row: number, column: string | undefined, code: ImportProblem['code'], message: string) =>
      problems.push(sheetProblem(sheet, row, column, code, message));
    // Rows with a value in any cell, in order; the first is the header.
    const read: { number: number; cells: string[] }[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        const result = cellText(cell.value);
        if ('problem' in result) {
          at(number, read[0]?.cells[column - 1] ?? cell.address, 'BAD_VALUE', result.problem);
          cells[column - 1] = '';
        } else cells[column - 1] = result.text;
      });
      if (cells.some((c) => c !== undefined && c.trim() !== ''))
        read.push({ number, cells: Array.from(cells, (c) => c ?? '') });
    });
    const [header, ...rows] = read;
    if (!header) {
      at(
        1,
        undefined,
        'MISSING_COLUMN',
        `the sheet is empty; it needs a header row: ${RECORD_TABLES[table].required.join(', ')}`,
      );
      tables[table] = EMPTY_TABLE;
      continue;
    }
    const names = header.cells.map((name) => name.trim());
    // Trailing empty header cells are formatting, not columns.
    while (names.length > 0 && names[names.length - 1] === '') names.pop();
    for (const problem of headerProblems(table, names))
      at(header.number, undefined, problem.code, problem.message);
    const lines = rows.map((row) => row.number);
    tables[table] = {
      rows: rows.map((row) => rowOf(names, (index) => row.cells[index] ?? '')),
      lines: () => lines,
    };
  }
  return tablesToDocument(tables, problems, XLSX_FORM);
}
