import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isIsoDate } from '../domain/dates';
import { nameProblem } from '../domain/validation';
import { projectRoot } from '../paths';
import type { NetworkDocument } from './network-document';

/** What is wrong, in words a person fixing the file can act on. */
export type ProblemCode =
  | 'ENCODING'
  | 'MALFORMED_JSON'
  | 'MALFORMED_CSV'
  | 'MALFORMED_XLSX'
  | 'MISSING_FILE'
  | 'MISSING_COLUMN'
  | 'UNKNOWN_COLUMN'
  | 'BAD_FORMAT'
  | 'MISSING_FIELD'
  | 'UNKNOWN_FIELD'
  | 'WRONG_TYPE'
  | 'BAD_ENUM'
  | 'BAD_DATE'
  | 'DATE_ORDER'
  | 'EMPTY_NAME'
  | 'TOO_LONG'
  | 'BAD_VALUE'
  | 'DUPLICATE_ID'
  | 'DUPLICATE_MEMBER'
  | 'UNKNOWN_REFERENCE';

export interface ImportProblem {
  code: ProblemCode;
  /** Where, for a person: "stakeholders.csv:7 (community)" or "$.partnerships[3].members[1].stakeholder". */
  location: string;
  message: string;
  /** The JSON path in the document, when the problem is in a record. */
  path?: string;
  file?: string;
  line?: number;
}

/** Source position of a record field (the CSV reader maps JSON paths back to file and line). */
export interface SourcePosition {
  file: string;
  line: number;
  column?: string;
  /** A workbook's sheet and row, written `Stakeholders!7`; otherwise a file and line, `stakeholders.csv:7`. */
  sheet?: boolean;
}
export type Locate = (path: string) => SourcePosition | null;

/** A reference the document does not resolve itself; the importer looks these up in the database. */
export interface UnresolvedReference {
  label: 'Region' | 'Community' | 'Stakeholder' | 'Partnership' | 'Need';
  id: string;
  problem: ImportProblem;
}

export interface ValidationResult {
  /** The document, when it has no problems except possibly unresolved references. */
  document: NetworkDocument | null;
  problems: ImportProblem[];
  unresolved: UnresolvedReference[];
}

let compiled: ValidateFunction | null = null;

export const SCHEMA_FILE = (): string => join(projectRoot(), 'schema', 'network-document.schema.json');

function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv, ['date']);
    compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE(), 'utf8')) as object);
  }
  return compiled;
}

/** '/partnerships/3/members/1' → '$.partnerships[3].members[1]' */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '$';
  return `$${pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) =>
      /^\d+$/.test(segment)
        ? `[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(segment)
          ? `.${segment}`
          : `[${JSON.stringify(segment)}]`,
    )
    .join('')}`;
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const lastField = (path: string): string => /\.(\w+)$/.exec(path)?.[1] ?? '';
const DATE_FIELDS = new Set(['startedOn', 'endedOn', 'identifiedOn']);
const NAME_FIELDS = new Set(['name']);

function valueAt(root: unknown, pointer: string): unknown {
  let value: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

function fromSchemaError(
  error: ErrorObject,
  root: unknown,
): { code: ProblemCode; path: string; message: string } {
  const path = pointerToPath(error.instancePath);
  const field = lastField(path);
  const value = valueAt(root, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        code: 'MISSING_FIELD',
        path: `${path}.${String(params.missingProperty)}`,
        message: `${String(params.missingProperty)} is required`,
      };
    case 'additionalProperties':
      return {
        code: 'UNKNOWN_FIELD',
        path: `${path}.${String(params.additionalProperty)}`,
        message: `unknown field '${String(params.additionalProperty)}'; remove it or check its spelling`,
      };
    case 'enum':
      return {
        code: 'BAD_ENUM',
        path,
        message: `${field} ${show(value)} is not one of ${(params.allowedValues as string[]).join(', ')}`,
      };
    case 'const':
      return {
        code: 'BAD_FORMAT',
        path,
        message: `${field} must be ${show(params.allowedValue)}, found ${show(value)}`,
      };
    case 'type':
      return {
        code: 'WRONG_TYPE',
        path,
        message: `${field || 'value'} must be ${String(params.type)}, found ${show(value)}`,
      };
    case 'format':
    case 'pattern':
      if (DATE_FIELDS.has(field))
        return { code: 'BAD_DATE', path, message: `${field} ${show(value)} is not a date YYYY-MM-DD` };
      if (NAME_FIELDS.has(field)) {
        const problem = typeof value === 'string' ? nameProblem(value) : null;
        return problem === null || problem === 'must not be blank'
          ? { code: 'EMPTY_NAME', path, message: `${field} is blank` }
          : { code: 'BAD_VALUE', path, message: `${field} ${problem}` };
      }
      if (field === 'theme')
        return { code: 'BAD_VALUE', path, message: `theme ${show(value)} must not be blank or contain ';'` };
      if (/\.themes\[\d+\]$/.test(path))
        return { code: 'BAD_VALUE', path, message: `theme ${show(value)} must not contain ';'` };
      if (field === 'country')
        return {
          code: 'BAD_VALUE',
          path,
          message: `country ${show(value)} is not an ISO 3166-1 alpha-2 code such as "PT"`,
        };
      return {
        code: 'BAD_VALUE',
        path,
        message: `${field} ${show(value)} must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit`,
      };
    case 'minLength':
      return NAME_FIELDS.has(field)
        ? { code: 'EMPTY_NAME', path, message: `${field} is empty` }
        : { code: 'BAD_VALUE', path, message: `${field || 'value'} is empty` };
    case 'minItems':
      return field === 'members'
        ? {
            code: 'MISSING_FIELD',
            path,
            message:
              'the partnership has no members; it needs at least one (in a CSV folder: a line in memberships.csv). ' +
              'Members not listed are removed, so an empty list would remove every stored member',
          }
        : { code: 'BAD_VALUE', path, message: `${field || 'list'} is empty` };
    case 'maxItems':
      return {
        code: 'TOO_LONG',
        path,
        message: `${field || 'list'} has ${Array.isArray(value) ? value.length : '?'} entries; at most ${String(params.limit)} are allowed`,
      };
    case 'maxLength':
      return {
        code: 'TOO_LONG',
        path,
        message: `${field || 'value'} is ${String(value).length} characters long; at most ${String(params.limit)} are allowed`,
      };
    default:
      return { code: 'BAD_VALUE', path, message: `${field || 'value'} ${error.message ?? 'is invalid'}` };
  }
}

export function describeLocation(
  path: string,
  locate: Locate | undefined,
): Pick<ImportProblem, 'location' | 'file' | 'line' | 'path'> {
  const position = locate?.(path) ?? null;
  if (!position) return { location: path, path };
  return { ...describePosition(position), path };
}

/** A place for a person: `stakeholders.csv:7 (sector)`, or `Stakeholders!7 (sector)` in a workbook. */
export function describePosition(
  position: SourcePosition,
): Pick<ImportProblem, 'location' | 'file' | 'line'> {
  const column = position.column ? ` (${position.column})` : '';
  return {
    location: `${position.file}${position.sheet ? '!' : ':'}${position.line}${column}`,
    file: position.file,
    line: position.line,
  };
}

type Loose = Record<string, unknown>;
const records = (root: unknown, list: string): Loose[] => {
  const value = root !== null && typeof root === 'object' ? (root as Loose)[list] : undefined;
  return Array.isArray(value)
    ? (value as unknown[]).map((v) => (v !== null && typeof v === 'object' ? (v as Loose) : {}))
    : [];
};
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const SINGULAR = {
  regions: 'region',
  communities: 'community',
  stakeholders: 'stakeholder',
  partnerships: 'partnership',
  needs: 'need',
  assets: 'asset',
} as const;

/**
 * Checks a whole document and reports every problem with its location: the JSON Schema (types,
 * enums, dates, lengths), then what a schema cannot say (duplicate ids, references, date order,
 * duplicate members). References that the document does not resolve are returned as `unresolved`
 * (with their problem), for the caller to look up in the database.
 */
export function validateDocument(input: unknown, locate?: Locate): ValidationResult {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const add = (code: ProblemCode, path: string, message: string): ImportProblem => {
    const problem: ImportProblem = { code, message, ...describeLocation(path, locate) };
    const key = `${code} ${path}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
    return problem;
  };

  const validate = schemaValidator();
  if (!validate(input)) {
    for (const error of validate.errors ?? []) {
      // A union type ("string or null") repeats the type error per branch; one is enough.
      const { code, path, message } = fromSchemaError(error, input);
      add(code, path, message);
    }
  }

  // Semantic checks run on whatever is well enough formed, so one pass reports everything.
  const ids: Record<keyof typeof SINGULAR, Map<string, number>> = {
    regions: new Map(),
    communities: new Map(),
    stakeholders: new Map(),
    partnerships: new Map(),
    needs: new Map(),
    assets: new Map(),
  };
  for (const list of Object.keys(SINGULAR) as (keyof typeof SINGULAR)[]) {
    records(input, list).forEach((record, index) => {
      const id = str(record.id);
      if (id === null) return;
      const first = ids[list].get(id);
      if (first === undefined) ids[list].set(id, index);
      else {
        const firstAt = describeLocation(`$.${list}[${first}]`, locate).location;
        add(
          'DUPLICATE_ID',
          `$.${list}[${index}].id`,
          `duplicate ${SINGULAR[list]} id '${id}' (first at ${firstAt})`,
        );
      }
    });
  }

  const unresolved: UnresolvedReference[] = [];
  const reference = (
    label: UnresolvedReference['label'],
    known: Map<string, number>,
    value: unknown,
    path: string,
  ): void => {
    const id = str(value);
    if (id === null || id === '' || known.has(id)) return;
    const problem = add(
      'UNKNOWN_REFERENCE',
      path,
      `${label.toLowerCase()} '${id}' is neither in the document nor in the database`,
    );
    unresolved.push({ label, id, problem });
  };
  records(input, 'communities').forEach((c, i) =>
    reference('Region', ids.regions, c.region, `$.communities[${i}].region`),
  );
  records(input, 'stakeholders').forEach((s, i) =>
    reference('Community', ids.communities, s.community, `$.stakeholders[${i}].community`),
  );
  records(input, 'partnerships').forEach((p, i) => {
    const startedOn = str(p.startedOn);
    const endedOn = str(p.endedOn);
    if (startedOn && endedOn && isIsoDate(startedOn) && isIsoDate(endedOn) && endedOn < startedOn) {
      add(
        'DATE_ORDER',
        `$.partnerships[${i}].endedOn`,
        `endedOn ${endedOn} is before startedOn ${startedOn}`,
      );
    }
    const members = new Map<string, number>();
    records(p, 'members').forEach((m, j) => {
      const path = `$.partnerships[${i}].members[${j}].stakeholder`;
      reference('Stakeholder', ids.stakeholders, m.stakeholder, path);
      const id = str(m.stakeholder);
      if (id === null) return;
      const first = members.get(id);
      if (first === undefined) members.set(id, j);
      else
        add(
          'DUPLICATE_MEMBER',
          path,
          `stakeholder '${id}' is already a member (members[${first}]); list each member once`,
        );
    });
  });

  checkNeedsAndAssets(input, ids, reference, add);

  const structural = problems.some((p) => p.code !== 'UNKNOWN_REFERENCE');
  return { document: structural ? null : (input as NetworkDocument), problems, unresolved };
}

/**
 * The references of needs (to communities), assets (to stakeholders) and addressed needs (to
 * partnerships and needs), and addressed needs listed twice.
 */
function checkNeedsAndAssets(
  input: unknown,
  ids: Record<'communities' | 'stakeholders' | 'partnerships' | 'needs', Map<string, number>>,
  reference: (
    label: UnresolvedReference['label'],
    known: Map<string, number>,
    value: unknown,
    path: string,
  ) => void,
  add: (code: ProblemCode, path: string, message: string) => ImportProblem,
): void {
  records(input, 'needs').forEach((n, i) =>
    reference('Community', ids.communities, n.community, `$.needs[${i}].community`),
  );
  records(input, 'assets').forEach((a, i) =>
    reference('Stakeholder', ids.stakeholders, a.stakeholder, `$.assets[${i}].stakeholder`),
  );
  const links = new Map<string, number>();
  records(input, 'addressedNeeds').forEach((link, i) => {
    reference('Partnership', ids.partnerships, link.partnership, `$.addressedNeeds[${i}].partnership`);
    reference('Need', ids.needs, link.need, `$.addressedNeeds[${i}].need`);
    const [partnership, need] = [str(link.partnership), str(link.need)];
    if (partnership === null || need === null) return;
    const key = `${partnership}\u0000${need}`;
    const first = links.get(key);
    if (first === undefined) links.set(key, i);
    else
      add(
        'DUPLICATE_ID',
        `$.addressedNeeds[${i}]`,
        `partnership '${partnership}' addressing need '${need}' is listed twice (first at addressedNeeds[${first}])`,
      );
  });
}

/**
 * The document as it is written: optional values absent or empty become null, themes always a list.
 * Two documents that mean the same graph normalise to the same value.
 */
export function normalizeDocument(document: NetworkDocument): NetworkDocument {
  const text = (value: string | null | undefined): string | null =>
    value === undefined || value === null || value.trim() === '' ? null : value;
  return {
    format: document.format,
    regions: document.regions.map((r) => ({ id: r.id, name: r.name, country: r.country })),
    communities: document.communities.map((c) => ({
      id: c.id,
      name: c.name,
      country: c.country,
      kind: c.kind,
      population: c.population ?? null,
      region: c.region,
    })),
    stakeholders: document.stakeholders.map((s) => ({
      id: s.id,
      name: s.name,
      sector: s.sector,
      type: text(s.type),
      description: text(s.description),
      website: text(s.website),
      community: s.community,
    })),
    partnerships: document.partnerships.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      startedOn: p.startedOn ?? null,
      endedOn: p.endedOn ?? null,
      themes: [...(p.themes ?? [])],
      description: text(p.description),
      members: p.members.map((m) => ({ stakeholder: m.stakeholder, role: m.role })),
    })),
    needs: (document.needs ?? []).map((n) => ({
      id: n.id,
      name: n.name,
      theme: n.theme,
      targetGroup: text(n.targetGroup),
      priority: n.priority,
      identifiedOn: n.identifiedOn ?? null,
      description: text(n.description),
      community: n.community,
    })),
    assets: (document.assets ?? []).map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      themes: [...(a.themes ?? [])],
      description: text(a.description),
      stakeholder: a.stakeholder,
    })),
    addressedNeeds: (document.addressedNeeds ?? []).map((l) => ({
      partnership: l.partnership,
      need: l.need,
    })),
  };
}
