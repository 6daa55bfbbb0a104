import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CsvError, InfoRecord, Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { NETWORK_FORMAT, type NetworkDocument } from './network-document';
import { decodeUtf8 } from './encoding';
import type { LoadedSource } from './source';
import type { ImportProblem, SourcePosition } from './validation';

/**
 * The CSV folder form of a network document: five files with a header row each, and three optional
 * ones for needs, assets and addressed needs (a missing one lists nothing and removes nothing). Empty cells mean
 * "absent"; a partnership's themes share one cell, separated by ';'; memberships.csv lists one
 * member per line and must name partnerships of partnerships.csv.
 */
export const CSV_FILES = {
  regions: { file: 'regions.csv', required: ['id', 'name', 'country'], optional: [] },
  communities: {
    file: 'communities.csv',
    required: ['id', 'name', 'country', 'kind', 'region'],
    optional: ['population'],
  },
  stakeholders: {
    file: 'stakeholders.csv',
    required: ['id', 'name', 'sector', 'community'],
    optional: ['type', 'description', 'website'],
  },
  partnerships: {
    file: 'partnerships.csv',
    required: ['id', 'name', 'kind'],
    optional: ['startedOn', 'endedOn', 'themes', 'description'],
  },
  memberships: { file: 'memberships.csv', required: ['partnership', 'stakeholder', 'role'], optional: [] },
  needs: {
    file: 'needs.csv',
    required: ['id', 'name', 'theme', 'priority', 'community'],
    optional: ['targetGroup', 'identifiedOn', 'description'],
  },
  assets: {
    file: 'assets.csv',
    required: ['id', 'name', 'kind', 'stakeholder'],
    optional: ['themes', 'description'],
  },
  addressedNeeds: { file: 'addressed-needs.csv', required: ['partnership', 'need'], optional: [] },
} as const;
export type CsvTable = keyof typeof CSV_FILES;
const TABLES = Object.keys(CSV_FILES) as CsvTable[];

/** Column order of written files. */
const COLUMNS: Record<CsvTable, readonly string[]> = {
  regions: ['id', 'name', 'country'],
  communities: ['id', 'name', 'country', 'kind', 'population', 'region'],
  stakeholders: ['id', 'name', 'sector', 'type', 'description', 'website', 'community'],
  partnerships: ['id', 'name', 'kind', 'startedOn', 'endedOn', 'themes', 'description'],
  memberships: ['partnership', 'stakeholder', 'role'],
  needs: ['id', 'name', 'theme', 'targetGroup', 'priority', 'identifiedOn', 'description', 'community'],
  assets: ['id', 'name', 'kind', 'themes', 'description', 'stakeholder'],
  addressedNeeds: ['partnership', 'need'],
};

export const THEME_SEPARATOR = ';';

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

type Cells = Record<string, string>;

interface Table {
  rows: Cells[];
  /** The line each row starts on, worked out only when a location is asked for. */
  lines: () => number[];
}

const EMPTY_TABLE: Table = { rows: [], lines: () => [] };
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

function parseTable(table: CsvTable, buffer: Buffer, problems: ImportProblem[]): Table {
  const { file, required, optional } = CSV_FILES[table];
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
  const allowed = new Set<string>([...required, ...optional]);
  for (const column of required)
    if (!header.includes(column))
      at(linesOf()[0] ?? 1, 'MISSING_COLUMN', `the header has no column '${column}'`);
  for (const column of header)
    if (!allowed.has(column))
      at(
        linesOf()[0] ?? 1,
        'UNKNOWN_COLUMN',
        `unknown column '${column}'; expected ${[...required, ...optional].join(', ')}`,
      );
  const rows = records.map((record) => {
    const cells: Cells = {};
    header.forEach((column, index) => {
      cells[column] = record[index] ?? '';
    });
    return cells;
  });
  let rowLines: number[] | null = null;
  return { rows, lines: () => (rowLines ??= linesOf().slice(1)) };
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
function tableOf(list: string, isMember: boolean): CsvTable | null {
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
 * Reads the five files (any may be missing, an absent file being an empty list, except memberships.csv
 * when partnerships.csv lists partnerships) into a document and a function from its JSON paths back to file and line, so validation problems name the CSV line.
 */
export function parseCsvFiles(files: Partial<Record<CsvTable, Buffer>>): LoadedSource {
  const problems: ImportProblem[] = [];
  const present = TABLES.filter((t) => files[t] !== undefined);
  if (present.length === 0) {
    problems.push({
      code: 'MISSING_FILE',
      location: '.',
      message: `none of ${TABLES.map((t) => CSV_FILES[t].file).join(', ')} was found`,
    });
  }
  const tables = Object.fromEntries(
    TABLES.map((t) => [t, files[t] ? parseTable(t, files[t], problems) : EMPTY_TABLE]),
  ) as Record<CsvTable, Table>;
  const rows = Object.fromEntries(TABLES.map((t) => [t, tables[t].rows])) as Record<CsvTable, Cells[]>;
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
  if (files.memberships === undefined && rows.partnerships.length > 0) {
    // Every listed partnership's member list is replaced on import: without the file that would be
    // "no members", so the folder is refused rather than read as an order to remove them all.
    problems.push({
      code: 'MISSING_FILE',
      location: CSV_FILES.memberships.file,
      message:
        `${CSV_FILES.memberships.file} is missing, but ${CSV_FILES.partnerships.file} lists ${rows.partnerships.length} ` +
        `partnership${rows.partnerships.length === 1 ? '' : 's'}; each needs its members there (header: ` +
        `${CSV_FILES.memberships.required.join(',')}). A missing file never removes members.`,
      file: CSV_FILES.memberships.file,
    });
  }
  rows.memberships.forEach((cells, row) => {
    const partnership = byId.get(cells.partnership ?? '');
    if (!partnership) {
      const line = tables.memberships.lines()[row] ?? 0;
      problems.push({
        code: 'UNKNOWN_REFERENCE',
        location: `${CSV_FILES.memberships.file}:${line} (partnership)`,
        message: `partnership '${cells.partnership ?? ''}' is not in ${CSV_FILES.partnerships.file}; a partnership's members are imported together with it`,
        file: CSV_FILES.memberships.file,
        line,
      });
      return;
    }
    partnership.rows.push(row);
    partnership.members.push({ stakeholder: cells.stakeholder, role: cells.role });
  });

  Object.assign(document, needsAndAssetsOf(files, rows));

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
      const position: SourcePosition = { file: CSV_FILES[table].file, line };
      return field ? { ...position, column: field } : position;
    },
  };
}

/** The optional lists, each only when its file is there: a missing file lists nothing. */
function needsAndAssetsOf(
  files: Partial<Record<CsvTable, Buffer>>,
  rows: Record<CsvTable, Cells[]>,
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

/** The five files every folder has, and the optional ones of the lists the document has. */
export type CsvTexts = Record<Exclude<CsvTable, OptionalTable>, string> &
  Partial<Record<OptionalTable, string>>;
type OptionalTable = 'needs' | 'assets' | 'addressedNeeds';

/** The files of a document, as text (UTF-8, header row, RFC 4180 quoting). */
export function writeCsvFiles(document: NetworkDocument): CsvTexts {
  const table = (name: CsvTable, records: Record<string, unknown>[]): string =>
    stringify(records, { header: true, columns: [...COLUMNS[name]] });
  return {
    regions: table(
      'regions',
      document.regions.map((r) => ({ ...r })),
    ),
    communities: table(
      'communities',
      document.communities.map((c) => ({ ...c, population: c.population ?? '' })),
    ),
    stakeholders: table(
      'stakeholders',
      document.stakeholders.map((s) => ({
        ...s,
        type: s.type ?? '',
        description: s.description ?? '',
        website: s.website ?? '',
      })),
    ),
    partnerships: table(
      'partnerships',
      document.partnerships.map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        startedOn: p.startedOn ?? '',
        endedOn: p.endedOn ?? '',
        themes: (p.themes ?? []).join(THEME_SEPARATOR),
        description: p.description ?? '',
      })),
    ),
    memberships: table(
      'memberships',
      document.partnerships.flatMap((p) => p.members.map((m) => ({ partnership: p.id, ...m }))),
    ),
    // The optional files only for the lists the document has: none means nothing listed.
    ...(document.needs === undefined
      ? {}
      : {
          needs: table(
            'needs',
            document.needs.map((n) => ({
              ...n,
              targetGroup: n.targetGroup ?? '',
              identifiedOn: n.identifiedOn ?? '',
              description: n.description ?? '',
            })),
          ),
        }),
    ...(document.assets === undefined
      ? {}
      : {
          assets: table(
            'assets',
            document.assets.map((a) => ({
              ...a,
              themes: (a.themes ?? []).join(THEME_SEPARATOR),
              description: a.description ?? '',
            })),
          ),
        }),
    ...(document.addressedNeeds === undefined
      ? {}
      : {
          addressedNeeds: table(
            'addressedNeeds',
            document.addressedNeeds.map((l) => ({ ...l })),
          ),
        }),
  };
}

/** Writes a document as a CSV folder (created if needed) or as one JSON file. */
export function writeNetworkDocument(document: NetworkDocument, out: string, format: 'json' | 'csv'): void {
  if (format === 'json') {
    writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  mkdirSync(out, { recursive: true });
  const files = writeCsvFiles(document);
  for (const table of TABLES) {
    const text = (files as Partial<Record<CsvTable, string>>)[table];
    if (text !== undefined) writeFileSync(join(out, CSV_FILES[table].file), text);
  }
}
