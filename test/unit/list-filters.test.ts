import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from 'class-validator';
import { parse, validate as validateOperation } from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';
import { MAX_FILTER_VALUES } from '../../src/domain/validation';
import { flattenValidationErrors } from '../../src/graphql/format-error';
import { DateRange } from '../../src/graphql/date-range';
import { PartnershipFilterArgs } from '../../src/partnerships/partnership.input';
import { StakeholderFilterArgs } from '../../src/stakeholders/stakeholder.input';

const cypher = (name: string): string =>
  readFileSync(join(__dirname, '../../cypher', `${name}.cypher`), 'utf8');

/** The text between a file's `// <filters>` line and its `// </filters>` line. */
function filtersOf(name: string): string {
  const text = cypher(name);
  const start = text.indexOf('\n', text.indexOf('// <filters>'));
  const end = text.indexOf('// </filters>');
  if (start < 0 || end < 0)
    throw new Error(`cypher/${name}.cypher has no // <filters> … // </filters> block`);
  return text.slice(start, end);
}

describe('the filters of a list and its summary', () => {
  it.each([
    ['stakeholders/list-stakeholders', 'stakeholders/summarize-stakeholders'],
    ['partnerships/list-partnerships', 'partnerships/summarize-partnerships'],
  ])(
    'are the same Cypher in %s and %s (so totalCount and the summary count the same rows)',
    (list, summary) => {
      expect(filtersOf(list).length).toBeGreaterThan(200);
      expect(filtersOf(summary)).toBe(filtersOf(list));
    },
  );
});

/** A query's WHERE: from its first MATCH line to the first line starting with `until`. */
function whereOf(name: string, until: string): string {
  const lines = cypher(name).split('\n');
  const start = lines.findIndex((line) => line.startsWith('MATCH'));
  const end = lines.findIndex((line, i) => i > start && line.startsWith(until));
  if (start < 0 || end < 0) throw new Error(`cypher/${name}.cypher: no MATCH … ${until} block`);
  return lines.slice(start, end).join('\n');
}

describe('the filters of a list and its count', () => {
  it.each(['communities', 'needs', 'assets', 'regions'])(
    'are the same Cypher in list-%s and count-%s',
    (feature) => {
      const list = whereOf(`${feature}/list-${feature}`, 'WITH');
      expect(list).toContain('$search');
      expect(whereOf(`${feature}/count-${feature}`, 'RETURN')).toBe(list);
    },
  );
});

/** The problems class-validator finds, as the API reports them ("field: message"). */
async function problems(args: object): Promise<string[]> {
  return flattenValidationErrors(await validate(args)).flatMap((f) =>
    f.problems.map((p) => `${f.field}: ${p}`),
  );
}

const stakeholderArgs = (values: Partial<StakeholderFilterArgs>): StakeholderFilterArgs =>
  Object.assign(new StakeholderFilterArgs(), values);
const partnershipArgs = (values: Partial<PartnershipFilterArgs>): PartnershipFilterArgs =>
  Object.assign(new PartnershipFilterArgs(), values);
const range = (from?: string, to?: string): DateRange => Object.assign(new DateRange(), { from, to });

describe('list filter validation', () => {
  it('accepts absent and null lists (no filter) and lists of 1 to the cap', async () => {
    expect(await problems(stakeholderArgs({}))).toEqual([]);
    expect(await problems(stakeholderArgs({ sectors: null, communityIds: null }))).toEqual([]);
    const cap = Array.from({ length: MAX_FILTER_VALUES }, (_, i) => `c${i}`);
    expect(await problems(stakeholderArgs({ communityIds: cap, types: ['school'] }))).toEqual([]);
  });

  it('refuses an empty list, naming it', async () => {
    expect(await problems(stakeholderArgs({ types: [] }))).toEqual([
      'types: types must name at least one value; leave it out for no filter',
    ]);
  });

  it('refuses one value more than the cap', async () => {
    const over = Array.from({ length: MAX_FILTER_VALUES + 1 }, (_, i) => `r${i}`);
    expect(await problems(partnershipArgs({ regionIds: over }))).toEqual([
      `regionIds: regionIds names more than ${MAX_FILTER_VALUES} values; narrow it or leave it out`,
    ]);
  });

  it('refuses a blank or overlong type in types', async () => {
    expect(await problems(stakeholderArgs({ types: ['school', ''] }))).toEqual([
      'types: each of types must be 1 to 200 characters long',
    ]);
  });

  it('accepts ranges open at either end and a range of one day', async () => {
    expect(await problems(partnershipArgs({ startedOn: range('2024-01-01') }))).toEqual([]);
    expect(await problems(partnershipArgs({ endedOn: range(undefined, '2024-01-01') }))).toEqual([]);
    expect(await problems(partnershipArgs({ startedOn: range('2024-01-01', '2024-01-01') }))).toEqual([]);
  });

  it('refuses a range ending before it starts, and a range with neither end', async () => {
    expect(await problems(partnershipArgs({ startedOn: range('2024-01-02', '2024-01-01') }))).toEqual([
      'startedOn.to: to is before from; a range runs from its first day to its last',
    ]);
    expect(await problems(partnershipArgs({ endedOn: range() }))).toEqual([
      'endedOn: endedOn must give from, to or both; leave it out for no date filter',
    ]);
  });
});

describe('the examples in docs/queries.md', () => {
  it('are valid operations against the schema', async () => {
    const doc = readFileSync(join(__dirname, '../../docs/queries.md'), 'utf8');
    const blocks = [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const schema = await buildAppSchema();
    for (const block of blocks)
      expect(validateOperation(schema, parse(block)).map((error) => error.message)).toEqual([]);
  });
});
