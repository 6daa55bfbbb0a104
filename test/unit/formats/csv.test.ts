import { parseCsvFiles, writeCsvFiles } from '../../../src/formats/csv';
import type { RecordTable } from '../../../src/formats/record-tables';
import { NETWORK_FORMAT, type NetworkDocument } from '../../../src/network-document/network-document';
import { parseJsonSource } from '../../../src/formats/json';
import { validateDocument, type ImportProblem } from '../../../src/network-document/validation';

/** The five files of a small valid folder; line numbers in the tests below count from its header (line 1). */
function files(): Record<
  'regions' | 'communities' | 'stakeholders' | 'partnerships' | 'memberships',
  string
> {
  return {
    regions: 'id,name,country\nr1,Alentejo,PT\n',
    communities: 'id,name,country,kind,population,region\nc1,Évora,PT,CITY,53000,r1\n',
    stakeholders:
      'id,name,sector,type,description,website,community\n' +
      's1,Évora Adult Education Centre,EDUCATION,adult education centre,,,c1\n' +
      's2,"Savings Bank, Évora branch",FINANCIAL,bank,"Says ""hello""\non two lines",,c1\n' +
      's3,Évora Sport Club,SPORT,,,,c1\n',
    partnerships:
      'id,name,kind,startedOn,endedOn,themes,description\n' +
      'p1,Evening classes,PROJECT,2020-01-15,,lifelong learning; inclusion,\n' +
      'p2,Club sponsorship,SPONSORSHIP,,,,\n',
    memberships: 'partnership,stakeholder,role\np1,s1,LEAD\np1,s2,FUNDER\np2,s2,FUNDER\np2,s3,PARTNER\n',
  };
}

const buffers = (
  texts: Partial<Record<RecordTable, string | Buffer>>,
): Partial<Record<RecordTable, Buffer>> =>
  Object.fromEntries(
    Object.entries(texts).map(([k, v]) => [k, typeof v === 'string' ? Buffer.from(v, 'utf8') : v]),
  );

/** Source problems and validation problems, as the importer reports them. */
function problemsOf(texts: Partial<Record<RecordTable, string | Buffer>>): [string, string][] {
  const source = parseCsvFiles(buffers(texts));
  const validation = validateDocument(source.document, source.locate);
  return [...source.problems, ...validation.problems].map((p: ImportProblem) => [p.code, p.location]);
}

describe('CSV folder', () => {
  it('reads the five files into a document, quoted commas, quotes and line breaks included', () => {
    const source = parseCsvFiles(buffers(files()));
    expect(source.problems).toEqual([]);
    const result = validateDocument(source.document, source.locate);
    expect(result.problems).toEqual([]);
    const doc = result.document!;
    expect(doc.stakeholders[1]).toEqual({
      id: 's2',
      name: 'Savings Bank, Évora branch',
      sector: 'FINANCIAL',
      type: 'bank',
      description: 'Says "hello"\non two lines',
      community: 'c1',
    });
    expect(doc.communities[0]!.population).toBe(53000);
    expect(doc.partnerships[0]).toEqual({
      id: 'p1',
      name: 'Evening classes',
      kind: 'PROJECT',
      startedOn: '2020-01-15',
      themes: ['lifelong learning', 'inclusion'],
      members: [
        { stakeholder: 's1', role: 'LEAD' },
        { stakeholder: 's2', role: 'FUNDER' },
      ],
    });
    expect(doc.partnerships[1]!.themes).toEqual([]);
  });

  it('names file, line and column of validation problems', () => {
    const texts = files();
    texts.stakeholders = texts.stakeholders.replace(
      's3,Évora Sport Club,SPORT',
      's3,Évora Sport Club,SPORTS',
    );
    texts.memberships += 'p2,s9,PARTNER\n';
    texts.partnerships = texts.partnerships.replace(
      'p2,Club sponsorship,SPONSORSHIP,,',
      'p2,Club sponsorship,SPONSORSHIP,2024-01-01,2023-01-01',
    );
    texts.communities += 'c1,Évora again,PT,CITY,,r1\n';
    // s3 is on line 5: s2's quoted description spans lines 3 and 4.
    expect(problemsOf(texts)).toEqual([
      ['BAD_ENUM', 'stakeholders.csv:5 (sector)'],
      ['DUPLICATE_ID', 'communities.csv:3 (id)'],
      ['DATE_ORDER', 'partnerships.csv:3 (endedOn)'],
      ['UNKNOWN_REFERENCE', 'memberships.csv:6 (stakeholder)'],
    ]);
  });

  it('reports text after a closing quote at the line where it is', () => {
    const texts = files();
    texts.regions = 'id,name,country\nr1,"Alentejo" region,PT\nr2,Algarve,PT\n';
    const source = parseCsvFiles(buffers(texts));
    expect(source.problems.map((p) => [p.code, p.location, p.message])).toEqual([
      [
        'MALFORMED_CSV',
        'regions.csv:2',
        'a quoted cell goes on after its closing quote; quote the whole cell and double the quotes inside it ("")',
      ],
    ]);
  });

  it('reports a broken record after empty lines at its own line', () => {
    const texts = files();
    texts.regions = 'id,name,country\n\n\nr1,"Alentejo" region,PT\nr2,Algarve,PT\n';
    const source = parseCsvFiles(buffers(texts));
    expect(source.problems.map((p) => [p.code, p.location])).toEqual([['MALFORMED_CSV', 'regions.csv:4']]);
  });

  it('reports a quote inside an unquoted cell and keeps reading the next lines', () => {
    const texts = files();
    texts.regions = 'id,name,country\nr1,Alentejo "south",PT\nr2,Algarve,PT\n';
    const source = parseCsvFiles(buffers(texts));
    expect(source.problems.map((p) => [p.code, p.location])).toEqual([['MALFORMED_CSV', 'regions.csv:2']]);
    expect((source.document as NetworkDocument).regions.map((r) => r.id)).toEqual(['r2']);
  });

  it('reports a quote that is never closed', () => {
    const texts = files();
    texts.memberships = 'partnership,stakeholder,role\np1,s1,LEAD\np1,"s2,FUNDER\np2,s2,FUNDER\n';
    expect(problemsOf(texts)).toContainEqual(['MALFORMED_CSV', 'memberships.csv:3']);
  });

  it('reports a line with the wrong number of cells', () => {
    const texts = files();
    texts.regions = 'id,name,country\nr1,Alentejo,PT,extra\n';
    expect(problemsOf(texts)).toContainEqual(['MALFORMED_CSV', 'regions.csv:2']);
  });

  it('reports each line that is not UTF-8', () => {
    const texts: Partial<Record<RecordTable, string | Buffer>> = files();
    texts.communities = Buffer.from(
      'id,name,country,kind,population,region\nc1,\xc9vora,PT,CITY,,r1\n',
      'latin1',
    );
    expect(problemsOf(texts)).toContainEqual(['ENCODING', 'communities.csv:2']);
  });

  it('accepts a UTF-8 byte-order mark and refuses UTF-16', () => {
    const texts: Partial<Record<RecordTable, string | Buffer>> = files();
    texts.regions = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(files().regions)]);
    expect(problemsOf(texts)).toEqual([]);
    texts.regions = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(files().regions, 'utf16le')]);
    expect(problemsOf(texts)).toContainEqual(['ENCODING', 'regions.csv:1']);
  });

  it('reports missing and unknown columns in the header', () => {
    const texts = files();
    texts.regions = 'id,title,country\nr1,Alentejo,PT\n';
    const codes = problemsOf(texts);
    expect(codes).toContainEqual(['MISSING_COLUMN', 'regions.csv:1']);
    expect(codes).toContainEqual(['UNKNOWN_COLUMN', 'regions.csv:1']);
  });

  it('reports memberships of partnerships the folder does not list', () => {
    const texts = files();
    texts.memberships += 'p7,s1,LEAD\n';
    expect(problemsOf(texts)).toEqual([['UNKNOWN_REFERENCE', 'memberships.csv:6 (partnership)']]);
  });

  it('counts blank lines and multi-line cells when naming the line of a problem', () => {
    const texts = files();
    // Two empty lines (6 and 7), then the unknown partnership on line 8.
    texts.memberships += '\n\np7,s1,LEAD\n';
    // An empty line 2, r1 on lines 3 and 4, r2 without a name on line 5.
    texts.regions = 'id,name,country\n\nr1,"Alentejo\n(south)",PT\nr2,,PT\n';
    expect(problemsOf(texts)).toEqual([
      ['UNKNOWN_REFERENCE', 'memberships.csv:8 (partnership)'],
      ['EMPTY_NAME', 'regions.csv:5 (name)'],
    ]);
  });

  it('writes files that read back to the same document', () => {
    const source = parseCsvFiles(buffers(files()));
    const doc = validateDocument(source.document).document!;
    const written = writeCsvFiles(doc);
    const again = validateDocument(parseCsvFiles(buffers(written)).document).document!;
    expect(again).toEqual(doc);
  });
});

describe('JSON source', () => {
  it('reports a syntax error with its line', () => {
    const text = `{\n  "format": "${NETWORK_FORMAT}",\n  "regions": [,]\n}`;
    expect(parseJsonSource(Buffer.from(text), 'net.json').problems.map((p) => [p.code, p.location])).toEqual([
      ['MALFORMED_JSON', 'net.json:3'],
    ]);
  });

  it('reports a file that is not UTF-8', () => {
    const source = parseJsonSource(Buffer.from('{"name": "\xc9vora"}', 'latin1'), 'net.json');
    expect(source.problems.map((p) => [p.code, p.location])).toEqual([['ENCODING', 'net.json:1']]);
  });

  it('refuses a folder without memberships.csv when partnerships.csv lists partnerships', () => {
    const rest: Partial<Record<RecordTable, string>> = files();
    delete rest.memberships;
    const source = parseCsvFiles(buffers(rest));
    expect(source.problems.map((p) => [p.code, p.location])).toEqual([['MISSING_FILE', 'memberships.csv']]);
    expect(source.problems[0]!.message).toBe(
      'memberships.csv is missing, but partnerships.csv lists 2 partnerships; each needs its members there ' +
        '(header: partnership,stakeholder,role). A missing table never removes members.',
    );
  });

  it('accepts a folder without memberships.csv when it lists no partnerships', () => {
    const rest: Partial<Record<RecordTable, string>> = files();
    delete rest.memberships;
    delete rest.partnerships;
    expect(problemsOf(rest)).toEqual([]);
  });

  it('reports a partnership without a line in memberships.csv at its line in partnerships.csv', () => {
    const texts = files();
    texts.memberships = 'partnership,stakeholder,role\np1,s1,LEAD\n';
    expect(problemsOf(texts)).toEqual([['MISSING_FIELD', 'partnerships.csv:3 (members)']]);
  });
});
