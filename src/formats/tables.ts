import { NETWORK_FORMAT, type NetworkDocument } from '../network-document/network-document';
import { describePosition, type ImportProblem, type SourcePosition } from '../network-document/validation';
import type { LoadedSource } from './loaded-source';
import { restoreCell } from './spreadsheet-safety';
import { RECORD_TABLE_NAMES, RECORD_TABLES, THEME_SEPARATOR, type RecordTable } from './record-tables';

/** A table's rows as a source read them: one string per column of the header. */
export type Cells = Record<string, string>;

export interface Table {
  rows: Cells[];
  /** The line (CSV) or row (XLSX) each row starts on, worked out only when a location is asked for. */
  lines: () => number[];
}

export const EMPTY_TABLE: Table = { rows: [], lines: () => [] };

/** What is wrong with a table's header: a required column missing, a column nobody knows. */
export function headerProblems(
  table: RecordTable,
  header: readonly string[],
): { code: 'MISSING_COLUMN' | 'UNKNOWN_COLUMN'; message: string }[] {
  const { required, optional } = RECORD_TABLES[table];
  const allowed = new Set<string>([...required, ...optional]);
  return [
    ...required
      .filter((column) => !header.includes(column))
      .map((column) => ({
        code: 'MISSING_COLUMN' as const,
        message: `the header has no column '${column}'`,
      })),
    ...header
      .filter((column) => !allowed.has(column))
      .map((column) => ({
        code: 'UNKNOWN_COLUMN' as const,
        message: `unknown column '${column}'; expected ${[...required, ...optional].join(', ')}`,
      })),
  ];
}

/** A row's cells by header name, with the spreadsheet guard taken off (docs/formats.md). */
export function rowOf(header: readonly string[], cell: (index: number) => string): Cells {
  const cells: Cells = {};
  header.forEach((column, index) => {
    cells[column] = restoreCell(cell(index));
  });
  return cells;
}

/** Optional cell: empty means absent. */
const optionalCell = (cells: Cells, column: string): string | undefined => {
  const value = cells[column];
  return value === undefined || value === '' ? undefined : value;
};

/** Copies the optional cells that are not empty onto the record. */
function withOptional(record: Record<string, unknown>, cells: Cells, columns: readonly string[]): void {
  for (const column of columns) {
    const value = optionalCell(cells, column);
    if (value !== undefined) record[column] = value;
  }
}

/** The CSV table a document path points into; a partnership's member is a row of memberships.csv. */
function tableOf(list: string, isMember: boolean): RecordTable | null {
  if (isMember) return list === 'partnerships' ? 'memberships' : null;
  return list === 'regions' ||
    list === 'communities' ||
    list === 'stakeholders' ||
    list === 'partnerships' ||
    list === 'needs' ||
    list === 'assets' ||
    list === 'addressedNeeds'
    ? list
    : null;
}

/**
 * How a source names its tables and places: a CSV folder (`stakeholders.csv:7`) or an XLSX workbook
 * (`Stakeholders!7`).
 */
export interface TableForm {
  /** The table for a person: "memberships.csv", "sheet Memberships". */
  name: (table: RecordTable) => string;
  position: (table: RecordTable, line: number) => SourcePosition;
  /** The problem when no table at all is there. */
  nothingFound: () => ImportProblem;
}

/**
 * Builds a document from the tables a source had (any may be missing, a missing one being an empty
 * list, except memberships when partnerships lists partnerships) and a function from its JSON paths back
 * to table and row, so validation problems name the row.
 */
export function tablesToDocument(
  present: Partial<Record<RecordTable, Table>>,
  problems: ImportProblem[],
  form: TableForm,
): LoadedSource {
  if (RECORD_TABLE_NAMES.every((t) => present[t] === undefined)) problems.push(form.nothingFound());
  const tables = Object.fromEntries(RECORD_TABLE_NAMES.map((t) => [t, present[t] ?? EMPTY_TABLE])) as Record<
    RecordTable,
    Table
  >;
  const rows = Object.fromEntries(RECORD_TABLE_NAMES.map((t) => [t, tables[t].rows])) as Record<
    RecordTable,
    Cells[]
  >;
  // For locate(): the memberships.csv row of each member of each partnership. Rows of the other
  // lists are at the same index as their records in the document.
  const memberRows: number[][] = [];

  const document = {
    format: NETWORK_FORMAT,
    regions: rows.regions.map((cells) => ({ id: cells.id, name: cells.name, country: cells.country })),
    communities: rows.communities.map((cells) => {
      const population = optionalCell(cells, 'population');
      return {
        id: cells.id,
        name: cells.name,
        country: cells.country,
        kind: cells.kind,
        ...(population === undefined
          ? {}
          : { population: /^\d+$/.test(population) ? Number(population) : population }),
        region: cells.region,
      };
    }),
    stakeholders: rows.stakeholders.map((cells) => {
      const stakeholder: Record<string, unknown> = { id: cells.id, name: cells.name, sector: cells.sector };
      withOptional(stakeholder, cells, ['type', 'description', 'website']);
      stakeholder.community = cells.community;
      return stakeholder;
    }),
    partnerships: [] as Record<string, unknown>[],
  };

  const byId = new Map<string, { members: Record<string, unknown>[]; rows: number[] }>();
  rows.partnerships.forEach((cells, i) => {
    const members: Record<string, unknown>[] = [];
    const memberRowsOfThis: number[] = [];
    memberRows[i] = memberRowsOfThis;
    const partnership: Record<string, unknown> = { id: cells.id, name: cells.name, kind: cells.kind };
    withOptional(partnership, cells, ['startedOn', 'endedOn', 'description']);
    partnership.themes = splitThemes(cells.themes);
    partnership.members = members;
    document.partnerships.push(partnership);
    if (cells.id !== undefined && !byId.has(cells.id))
      byId.set(cells.id, { members, rows: memberRowsOfThis });
  });
  if (present.memberships === undefined && rows.partnerships.length > 0) {
    // Every listed partnership's member list is replaced on import: without the file that would be
    // "no members", so the folder is refused rather than read as an order to remove them all.
    const memberships = form.name('memberships');
    problems.push({
      code: 'MISSING_FILE',
      location: memberships,
      message:
        `${memberships} is missing, but ${form.name('partnerships')} lists ${rows.partnerships.length} ` +
        `partnership${rows.partnerships.length === 1 ? '' : 's'}; each needs its members there (header: ` +
        `${RECORD_TABLES.memberships.required.join(',')}). A missing table never removes members.`,
      file: form.position('memberships', 1).file,
    });
  }
  rows.memberships.forEach((cells, row) => {
    const partnership = byId.get(cells.partnership ?? '');
    if (!partnership) {
      const line = tables.memberships.lines()[row] ?? 0;
      const position = form.position('memberships', line);
      problems.push({
        code: 'UNKNOWN_REFERENCE',
        ...describePosition({ ...position, column: 'partnership' }),
        message: `partnership '${cells.partnership ?? ''}' is not in ${form.name('partnerships')}; a partnership's members are imported together with it`,
      });
      return;
    }
    partnership.rows.push(row);
    partnership.members.push({ stakeholder: cells.stakeholder, role: cells.role });
  });

  Object.assign(document, needsAndAssetsOf(present, rows));

  return {
    document,
    problems,
    locate: (path) => {
      const match = /^\$\.(\w+)\[(\d+)\](?:\.members\[(\d+)\])?(?:\.(\w+))?/.exec(path);
      if (!match) return null;
      const [, list = '', index = '', member, field] = match;
      const table = tableOf(list, member !== undefined);
      if (table === null) return null;
      const row = member !== undefined ? memberRows[Number(index)]?.[Number(member)] : Number(index);
      const line = row === undefined ? undefined : tables[table].lines()[row];
      if (line === undefined) return null;
      const position = form.position(table, line);
      return field ? { ...position, column: field } : position;
    },
  };
}

/** The optional lists, each only when its table is there: a missing table lists nothing. */
function needsAndAssetsOf(
  files: Partial<Record<RecordTable, Table>>,
  rows: Record<RecordTable, Cells[]>,
): Record<string, unknown> {
  const lists: Record<string, unknown> = {};
  if (files.needs)
    lists.needs = rows.needs.map((cells) => {
      const need: Record<string, unknown> = {
        id: cells.id,
        name: cells.name,
        theme: cells.theme,
        priority: cells.priority,
      };
      withOptional(need, cells, ['targetGroup', 'identifiedOn', 'description']);
      need.community = cells.community;
      return need;
    });
  if (files.assets)
    lists.assets = rows.assets.map((cells) => {
      const asset: Record<string, unknown> = { id: cells.id, name: cells.name, kind: cells.kind };
      asset.themes = splitThemes(cells.themes);
      withOptional(asset, cells, ['description']);
      asset.stakeholder = cells.stakeholder;
      return asset;
    });
  if (files.addressedNeeds)
    lists.addressedNeeds = rows.addressedNeeds.map((cells) => ({
      partnership: cells.partnership,
      need: cells.need,
    }));
  return lists;
}

const splitThemes = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(THEME_SEPARATOR)
    .map((t) => t.trim())
    .filter((t) => t !== '');

/** One table row: each column's cell ('' = absent), population as a number. */
export type TableRow = Record<string, string | number>;

/**
 * A document's records as table rows, one list per table: the five lists every document has, and the
 * optional ones only for the lists the document has (none means nothing listed).
 */
export function documentToTables(document: NetworkDocument): Partial<Record<RecordTable, TableRow[]>> {
  const themes = (list: string[] | undefined): string => (list ?? []).join(THEME_SEPARATOR);
  return {
    regions: document.regions.map((r) => ({ ...r })),
    communities: document.communities.map((c) => ({ ...c, population: c.population ?? '' })),
    stakeholders: document.stakeholders.map((s) => ({
      ...s,
      type: s.type ?? '',
      description: s.description ?? '',
      website: s.website ?? '',
    })),
    partnerships: document.partnerships.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      startedOn: p.startedOn ?? '',
      endedOn: p.endedOn ?? '',
      themes: themes(p.themes),
      description: p.description ?? '',
    })),
    memberships: document.partnerships.flatMap((p) =>
      p.members.map((m) => ({ partnership: p.id, stakeholder: m.stakeholder, role: m.role })),
    ),
    ...(document.needs === undefined
      ? {}
      : {
          needs: document.needs.map((n) => ({
            ...n,
            targetGroup: n.targetGroup ?? '',
            identifiedOn: n.identifiedOn ?? '',
            description: n.description ?? '',
          })),
        }),
    ...(document.assets === undefined
      ? {}
      : {
          assets: document.assets.map((a) => ({
            ...a,
            themes: themes(a.themes),
            description: a.description ?? '',
          })),
        }),
    ...(document.addressedNeeds === undefined
      ? {}
      : { addressedNeeds: document.addressedNeeds.map((l) => ({ ...l })) }),
  };
}
