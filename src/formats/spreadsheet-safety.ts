/**
 * Spreadsheet formula neutralisation (OWASP "CSV Injection"): a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets when the
 * file is opened, so an exported stakeholder named `=HYPERLINK(...)` could act on the reader's machine.
 * Every CSV and XLSX export prefixes such a cell with a single quote, which spreadsheets read as "this
 * is text"; every import takes one quote off again, so names round-trip unchanged (docs/formats.md).
 *
 * The rule is reversible for every string: a cell is guarded when it starts with any number of quotes
 * followed by a trigger character, so a name that itself starts with `'=` is written `''=` and reads back
 * as `'=`. A cell with a quote before anything else (`'t Hooft`) is left as it is both ways.
 */
const GUARDED = /^'*[=+\-@\t\r]/;
const WRITTEN_GUARDED = /^'+[=+\-@\t\r]/;

/** The cell as an export writes it. */
export function neutraliseCell(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/** The value an import reads from a written cell: the inverse of neutraliseCell. */
export function restoreCell(cell: string): string {
  return WRITTEN_GUARDED.test(cell) ? cell.slice(1) : cell;
}
