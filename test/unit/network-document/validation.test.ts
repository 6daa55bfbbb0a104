import { NETWORK_FORMAT } from '../../../src/network-document/network-document';
import {
  pointerToPath,
  validateDocument,
  type ImportProblem,
} from '../../../src/network-document/validation';

/** One region, one community, two stakeholders, one partnership: valid as given. */
type Rec = Record<string, unknown>;
interface LooseDocument {
  format: string;
  regions: Rec[];
  communities: Rec[];
  stakeholders: Rec[];
  partnerships: (Rec & { members: Rec[] })[];
}

function valid(): LooseDocument {
  return {
    format: NETWORK_FORMAT,
    regions: [{ id: 'r1', name: 'Alentejo', country: 'PT' }],
    communities: [{ id: 'c1', name: 'Évora', country: 'PT', kind: 'CITY', population: 53000, region: 'r1' }],
    stakeholders: [
      { id: 's1', name: 'Évora Adult Education Centre', sector: 'EDUCATION', community: 'c1' },
      { id: 's2', name: 'Évora Savings Bank', sector: 'FINANCIAL', type: 'bank', community: 'c1' },
    ],
    partnerships: [
      {
        id: 'p1',
        name: 'Evening classes',
        kind: 'PROJECT',
        startedOn: '2020-01-15',
        endedOn: '2022-12-31',
        themes: ['lifelong learning'],
        members: [
          { stakeholder: 's1', role: 'LEAD' },
          { stakeholder: 's2', role: 'FUNDER' },
        ],
      },
    ],
  };
}

const brief = (problems: ImportProblem[]): [string, string][] => problems.map((p) => [p.code, p.location]);

describe('validateDocument', () => {
  it('accepts a valid document', () => {
    const result = validateDocument(valid());
    expect(result.problems).toEqual([]);
    expect(result.document).not.toBeNull();
  });

  it('reports a duplicate id at the second occurrence, naming the first', () => {
    const doc = valid();
    doc.stakeholders.push({ id: 's1', name: 'Again', sector: 'SPORT', community: 'c1' });
    const { problems } = validateDocument(doc);
    expect(brief(problems)).toEqual([['DUPLICATE_ID', '$.stakeholders[2].id']]);
    expect(problems[0]!.message).toBe("duplicate stakeholder id 's1' (first at $.stakeholders[0])");
  });

  it('reports unknown references of communities, stakeholders and members as unresolved', () => {
    const doc = valid();
    doc.communities[0]!.region = 'nowhere';
    doc.stakeholders[1]!.community = 'c9';
    doc.partnerships[0]!.members[1]!.stakeholder = 'ghost';
    const result = validateDocument(doc);
    expect(brief(result.problems)).toEqual([
      ['UNKNOWN_REFERENCE', '$.communities[0].region'],
      ['UNKNOWN_REFERENCE', '$.stakeholders[1].community'],
      ['UNKNOWN_REFERENCE', '$.partnerships[0].members[1].stakeholder'],
    ]);
    expect(result.unresolved.map((u) => [u.label, u.id])).toEqual([
      ['Region', 'nowhere'],
      ['Community', 'c9'],
      ['Stakeholder', 'ghost'],
    ]);
    // Only references are wrong: the caller may still resolve them in the database.
    expect(result.document).not.toBeNull();
  });

  it('reports bad enums with the allowed values', () => {
    const doc = valid();
    doc.stakeholders[0]!.sector = 'SCHOOL';
    doc.partnerships[0]!.kind = 'project';
    doc.partnerships[0]!.members[0]!.role = 'OWNER';
    doc.communities[0]!.kind = 'HAMLET';
    const { problems, document } = validateDocument(doc);
    expect(brief(problems)).toEqual([
      ['BAD_ENUM', '$.communities[0].kind'],
      ['BAD_ENUM', '$.stakeholders[0].sector'],
      ['BAD_ENUM', '$.partnerships[0].kind'],
      ['BAD_ENUM', '$.partnerships[0].members[0].role'],
    ]);
    expect(problems[1]!.message).toBe(
      'sector "SCHOOL" is not one of PUBLIC, EDUCATION, PRIVATE, FINANCIAL, CULTURAL, SPORT, CIVIL_SOCIETY',
    );
    expect(document).toBeNull();
  });

  it('reports dates that are not calendar dates, and endedOn before startedOn', () => {
    const doc = valid();
    doc.partnerships.push(
      { ...doc.partnerships[0]!, id: 'p2', startedOn: '2021-02-30' },
      { ...doc.partnerships[0]!, id: 'p3', startedOn: '15/01/2020' },
      { ...doc.partnerships[0]!, id: 'p4', startedOn: '2023-05-01', endedOn: '2023-04-30' },
    );
    const { problems } = validateDocument(doc);
    expect(brief(problems)).toEqual([
      ['BAD_DATE', '$.partnerships[1].startedOn'],
      ['BAD_DATE', '$.partnerships[2].startedOn'],
      ['DATE_ORDER', '$.partnerships[3].endedOn'],
    ]);
    expect(problems[2]!.message).toBe('endedOn 2023-04-30 is before startedOn 2023-05-01');
  });

  it('reports empty, blank and overlong names', () => {
    const doc = valid();
    doc.regions[0]!.name = '';
    doc.communities[0]!.name = '   ';
    doc.stakeholders[0]!.name = 'x'.repeat(201);
    const { problems } = validateDocument(doc);
    expect(brief(problems)).toEqual([
      ['EMPTY_NAME', '$.regions[0].name'],
      ['EMPTY_NAME', '$.communities[0].name'],
      ['TOO_LONG', '$.stakeholders[0].name'],
    ]);
    expect(problems[2]!.message).toBe('name is 201 characters long; at most 200 are allowed');
  });

  it('reports missing and unknown fields, wrong types, bad countries and a wrong format', () => {
    const doc = valid();
    doc.format = 'partnership-graph/v0';
    delete doc.stakeholders[1]!.sector;
    doc.stakeholders[0]!.email = 'x@example.org';
    doc.communities[0]!.population = 'many';
    doc.regions[0]!.country = 'Portugal';
    const { problems } = validateDocument(doc);
    expect(brief(problems)).toEqual([
      ['BAD_FORMAT', '$.format'],
      ['BAD_VALUE', '$.regions[0].country'],
      ['WRONG_TYPE', '$.communities[0].population'],
      ['UNKNOWN_FIELD', '$.stakeholders[0].email'],
      ['MISSING_FIELD', '$.stakeholders[1].sector'],
    ]);
  });

  it('holds ids, themes and texts to the rules of the GraphQL inputs', () => {
    const doc = valid();
    doc.stakeholders[0]!.id = 'evora/school';
    doc.partnerships[0]!.members[0]!.stakeholder = 'evora/school';
    doc.partnerships[0]!.themes = Array.from({ length: 51 }, (_, i) => `theme ${i}`);
    doc.stakeholders[1]!.type = 't'.repeat(201);
    const { problems } = validateDocument(doc);
    expect(brief(problems)).toEqual([
      ['BAD_VALUE', '$.stakeholders[0].id'],
      ['TOO_LONG', '$.stakeholders[1].type'],
      ['TOO_LONG', '$.partnerships[0].themes'],
      ['BAD_VALUE', '$.partnerships[0].members[0].stakeholder'],
    ]);
    expect(problems[0]!.message).toBe(
      `id "evora/school" must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit`,
    );
    expect(problems[2]!.message).toBe('themes has 51 entries; at most 50 are allowed');
  });

  it('accepts what the GraphQL inputs accept: a 5,000-character description and a 200-character type', () => {
    const doc = valid();
    doc.stakeholders[0]!.description = 'd'.repeat(5000);
    doc.stakeholders[0]!.type = 't'.repeat(200);
    doc.partnerships[0]!.description = 'd'.repeat(5000);
    expect(validateDocument(doc).problems).toEqual([]);
  });

  it('reports a stakeholder listed twice in one partnership', () => {
    const doc = valid();
    doc.partnerships[0]!.members.push({ stakeholder: 's1', role: 'PARTNER' });
    expect(brief(validateDocument(doc).problems)).toEqual([
      ['DUPLICATE_MEMBER', '$.partnerships[0].members[2].stakeholder'],
    ]);
  });

  it('reports every problem of a document at once', () => {
    const doc = valid();
    doc.regions.push({ id: 'r1', name: '', country: 'pt' });
    doc.partnerships[0]!.endedOn = '2019-01-01';
    doc.partnerships[0]!.members[0]!.stakeholder = 'nobody';
    expect(validateDocument(doc).problems).toHaveLength(5);
  });

  it('reports a document that is not an object', () => {
    expect(brief(validateDocument([]).problems)).toEqual([['WRONG_TYPE', '$']]);
  });

  it('names positions through the locate function when one is given', () => {
    const doc = valid();
    doc.stakeholders[1]!.sector = 'BANK';
    const { problems } = validateDocument(doc, (path) =>
      path.startsWith('$.stakeholders[1]') ? { file: 'stakeholders.csv', line: 3, column: 'sector' } : null,
    );
    expect(problems[0]).toMatchObject({
      location: 'stakeholders.csv:3 (sector)',
      file: 'stakeholders.csv',
      line: 3,
      path: '$.stakeholders[1].sector',
    });
  });
});

describe('pointerToPath', () => {
  it('turns JSON pointers into JSON paths', () => {
    expect(pointerToPath('')).toBe('$');
    expect(pointerToPath('/partnerships/3/members/1/stakeholder')).toBe(
      '$.partnerships[3].members[1].stakeholder',
    );
    expect(pointerToPath('/a b/x~1y')).toBe('$["a b"]["x/y"]');
  });

  it('refuses a partnership with an empty member list instead of reading it as "remove every member"', () => {
    const doc = valid();
    doc.partnerships[0]!.members = [];
    const { problems, document } = validateDocument(doc);
    expect(brief(problems)).toEqual([['MISSING_FIELD', '$.partnerships[0].members']]);
    expect(problems[0]!.message).toMatch(/^the partnership has no members; it needs at least one/);
    expect(document).toBeNull();
  });
});
