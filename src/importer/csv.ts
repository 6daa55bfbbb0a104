import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { NETWORK_FORMAT, type NetworkDocument } from './network-document';
import { decodeUtf8 } from './encoding';
import type { LoadedSource } from './source';
import type { ImportProblem, SourcePosition } from './validation';

/**
 * The CSV folder form of a network document: five files with a header row each. Empty cells mean
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

/** Line breaks inside a record's raw text (quoted cells may span lines); a trailing one ends it. */
const interiorLineBreaks = (raw: string): number =>
  (raw.match(/\n/g)?.length ?? 0) - (raw.endsWith('\n') ? 1 : 0);

interface Row {
  line: number;
  cells: Record<string, string>;
}

function parseTable(table: CsvTable, buffer: Buffer, problems: ImportProblem[]): Row[] {
  const { file, required, optional } = CSV_FILES[table];
  const at = (line: number, code: ImportProblem['code'], message: string): void => {
    problems.push({ code, location: `${file}:${line}`, message, file, line });
  };
  const decoded = decodeUtf8(buffer, file);
  problems.push(...decoded.problems);
  if (decoded.text === null) return [];

  const rows: Row[] = [];
  let header: string[] | null = null;
  const records = parse(decoded.text, {
    info: true,
    raw: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    relax_column_count: false,
    on_skip: (error, raw) => {
      if (!error) return undefined;
      // Report the line where the broken record starts, once (csv-parse may report it again).
      const line = Number(error.lines) - interiorLineBreaks(raw ?? '');
      if (!problems.some((p) => p.file === file && p.line === line && p.code === 'MALFORMED_CSV'))
        at(line, 'MALFORMED_CSV', CSV_MESSAGES[error.code] ?? error.message.replace(/ at line \d+/, ''));
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  for (const { record, info, raw } of records) {
    const line = info.lines - interiorLineBreaks(raw);
    if (header === null) {
      header = record.map((name) => name.trim());
      const allowed = new Set<string>([...required, ...optional]);
      for (const column of required)
        if (!header.includes(column)) at(line, 'MISSING_COLUMN', `the header has no column '${column}'`);
      for (const column of header)
        if (!allowed.has(column))
          at(
            line,
            'UNKNOWN_COLUMN',
            `unknown column '${column}'; expected ${[...required, ...optional].join(', ')}`,
          );
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((column, index) => {
      cells[column] = record[index] ?? '';
    });
    rows.push({ line, cells });
  }
  if (header === null)
    at(1, 'MISSING_COLUMN', `the file is empty; it needs a header row: ${required.join(',')}`);
  return rows;
}

/** Optional cell: empty means absent. */
const optionalCell = (cells: Record<string, string>, column: string): string | undefined => {
  const value = cells[column];
  return value === undefined || value === '' ? undefined : value;
};

/**
 * Reads the five files (any may be missing; an absent file is an empty list) into a document and a
 * map from its JSON paths back to file and line, so validation problems name the CSV line.
 */
export function parseCsvFiles(files: Partial<Record<CsvTable, Buffer>>): LoadedSource {
  const problems: ImportProblem[] = [];
  const positions = new Map<string, SourcePosition>();
  const present = TABLES.filter((t) => files[t] !== undefined);
  if (present.length === 0) {
    problems.push({
      code: 'MISSING_FILE',
      location: '.',
      message: `none of ${TABLES.map((t) => CSV_FILES[t].file).join(', ')} was found`,
    });
  }
  const rows = Object.fromEntries(
    TABLES.map((t) => [t, files[t] ? parseTable(t, files[t], problems) : []]),
  ) as Record<CsvTable, Row[]>;
  const record = (path: string, table: CsvTable, line: number): void => {
    positions.set(path, { file: CSV_FILES[table].file, line });
  };

  const document = {
    format: NETWORK_FORMAT,
    regions: rows.regions.map(({ cells, line }, i) => {
      record(`$.regions[${i}]`, 'regions', line);
      return { id: cells.id, name: cells.name, country: cells.country };
    }),
    communities: rows.communities.map(({ cells, line }, i) => {
      record(`$.communities[${i}]`, 'communities', line);
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
    stakeholders: rows.stakeholders.map(({ cells, line }, i) => {
      record(`$.stakeholders[${i}]`, 'stakeholders', line);
      const optional = Object.fromEntries(
        ['type', 'description', 'website'].flatMap((c) => {
          const value = optionalCell(cells, c);
          return value === undefined ? [] : [[c, value]];
        }),
      );
      return {
        id: cells.id,
        name: cells.name,
        sector: cells.sector,
        ...optional,
        community: cells.community,
      };
    }),
    partnerships: [] as Record<string, unknown>[],
  };

  const byId = new Map<string, { members: Record<string, unknown>[]; index: number }>();
  rows.partnerships.forEach(({ cells, line }, i) => {
    record(`$.partnerships[${i}]`, 'partnerships', line);
    const members: Record<string, unknown>[] = [];
    const optional = Object.fromEntries(
      ['startedOn', 'endedOn', 'description'].flatMap((c) => {
        const value = optionalCell(cells, c);
        return value === undefined ? [] : [[c, value]];
      }),
    );
    const themes = (cells.themes ?? '')
      .split(THEME_SEPARATOR)
      .map((t) => t.trim())
      .filter((t) => t !== '');
    document.partnerships.push({
      id: cells.id,
      name: cells.name,
      kind: cells.kind,
      ...optional,
      themes,
      members,
    });
    if (cells.id !== undefined && !byId.has(cells.id)) byId.set(cells.id, { members, index: i });
  });
  for (const { cells, line } of rows.memberships) {
    const partnership = byId.get(cells.partnership ?? '');
    if (!partnership) {
      problems.push({
        code: 'UNKNOWN_REFERENCE',
        location: `${CSV_FILES.memberships.file}:${line} (partnership)`,
        message: `partnership '${cells.partnership ?? ''}' is not in ${CSV_FILES.partnerships.file}; a partnership's members are imported together with it`,
        file: CSV_FILES.memberships.file,
        line,
      });
      continue;
    }
    positions.set(`$.partnerships[${partnership.index}].members[${partnership.members.length}]`, {
      file: CSV_FILES.memberships.file,
      line,
    });
    partnership.members.push({ stakeholder: cells.stakeholder, role: cells.role });
  }

  const CSV_COLUMN: Record<string, string> = { members: 'members' };
  return {
    document,
    problems,
    locate: (path) => {
      const match = /^(\$\.partnerships\[\d+\]\.members\[\d+\]|\$\.\w+\[\d+\])(?:\.(\w+))?/.exec(path);
      if (!match) return null;
      const position = positions.get(match[1] ?? '');
      if (!position) return null;
      const field = match[2];
      return field ? { ...position, column: CSV_COLUMN[field] ?? field } : position;
    },
  };
}

/** The five files of a document, as text (UTF-8, header row, RFC 4180 quoting). */
export function writeCsvFiles(document: NetworkDocument): Record<CsvTable, string> {
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
  };
}
