import { CypherCatalog } from '../../../src/db/cypher-catalog';
import { parseCsvFiles, writeCsvFiles } from '../../../src/formats/csv';
import { generateNetwork } from '../../../src/generator/generator';
import { toGraphML } from '../../../src/formats/graphml';
import { NETWORK_FORMAT, type NetworkDocument } from '../../../src/network-document/network-document';
import { NetworkExporter } from '../../../src/exporter/network-exporter';
import { NetworkImporter } from '../../../src/importer/network-importer';
import { validateDocument } from '../../../src/network-document/validation';
import { cypherDir } from '../../../src/paths';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';
import { attr, child, children, readXml } from '../../support/xml-reader';

const catalog = CypherCatalog.load(cypherDir());
const first = uniqueId('expa');
const second = uniqueId('expb');

/** Renames every id of a document from one prefix to another (the prefixes occur nowhere else). */
const renamed = (document: NetworkDocument, from: string, to: string): NetworkDocument =>
  JSON.parse(JSON.stringify(document).split(from).join(to)) as NetworkDocument;

/**
 * Hand-made: community A (school, club <with> "quotes" & ampersand) and community B (council) of one
 * region; p1 joins the school and the club, p2 the school, the club and B's council, p3 is a
 * sponsorship of the club by the council, ended in 2020.
 */
function handMade(prefix: string): NetworkDocument {
  const id = (name: string): string => `${prefix}-${name}`;
  return {
    format: NETWORK_FORMAT,
    regions: [{ id: id('r'), name: 'Wales', country: 'GB' }],
    communities: [
      { id: id('a'), name: 'Swansea', country: 'GB', kind: 'CITY', population: 246000, region: id('r') },
      { id: id('b'), name: 'Gower', country: 'GB', kind: 'VILLAGE', region: id('r') },
    ],
    stakeholders: [
      { id: id('club'), name: 'Club <Swans> "Juniors" & Co', sector: 'SPORT', community: id('a') },
      { id: id('council'), name: "Gower's Council", sector: 'PUBLIC', type: 'council', community: id('b') },
      {
        id: id('school'),
        name: 'Swansea School',
        sector: 'EDUCATION',
        website: 'https://example.org',
        community: id('a'),
      },
    ],
    partnerships: [
      {
        id: id('p1'),
        name: 'After-school sport',
        kind: 'PROJECT',
        startedOn: '2021-01-01',
        themes: ['health', 'youth'],
        members: [
          { stakeholder: id('club'), role: 'PARTNER' },
          { stakeholder: id('school'), role: 'LEAD' },
        ],
      },
      {
        id: id('p2'),
        name: 'Learning town',
        kind: 'NETWORK',
        themes: [],
        description: 'Everyone together',
        members: [
          { stakeholder: id('club'), role: 'PARTNER' },
          { stakeholder: id('council'), role: 'LEAD' },
          { stakeholder: id('school'), role: 'PARTNER' },
        ],
      },
      {
        id: id('p3'),
        name: 'Kit sponsorship',
        kind: 'SPONSORSHIP',
        startedOn: '2018-05-01',
        endedOn: '2020-04-30',
        themes: [],
        members: [
          { stakeholder: id('club'), role: 'PARTNER' },
          { stakeholder: id('council'), role: 'FUNDER' },
        ],
      },
    ],
  } as NetworkDocument;
}

describe('NetworkExporter', () => {
  const importer = new NetworkImporter(testRunner(), catalog);
  const exporter = new NetworkExporter(testRunner(), catalog);

  afterAll(async () => {
    for (const prefix of [first, second])
      await testRunner().write(
        { name: 'test/export-cleanup', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n' },
        { prefix },
      );
    await closeTestRunner();
  });

  it('exports a community with its partnerships, their outside members and those members’ community', async () => {
    await importer.run(handMade(first));
    const { document, communities } = await exporter.export({ communityId: `${first}-a` });
    expect(communities).toEqual([`${first}-a`]);
    // Community B comes along because its council is a member of p2 and p3.
    expect(document).toEqual(handMade(first));
  });

  it('round-trips: export, import under fresh ids, export again gives the same document', async () => {
    const generated = generateNetwork({
      communities: 3,
      stakeholdersPerCommunity: 25,
      seed: 11,
      idPrefix: first,
    });
    await importer.run(generated);
    const exported = (await exporter.export({ regionId: `${first}-region` })).document;
    await importer.run(renamed(exported, first, second));
    const again = (await exporter.export({ regionId: `${second}-region` })).document;
    expect(renamed(again, second, first)).toEqual(exported);
    // The export is the generated document in normal form (sorted, absent values left out).
    expect(exported.stakeholders).toHaveLength(75);
    expect(exported.partnerships).toHaveLength(generated.partnerships.length);
  });

  it('writes a CSV folder that reads back to the exported document', async () => {
    const { document } = await exporter.export({ regionId: `${first}-region` });
    const files = writeCsvFiles(document);
    const source = parseCsvFiles(
      Object.fromEntries(Object.entries(files).map(([table, text]) => [table, Buffer.from(text)])),
    );
    expect(source.problems).toEqual([]);
    const read = validateDocument(source.document).document!;
    expect(read).toEqual(document);
  });

  it('writes GraphML for Gephi: escaped, well-formed, one weighted edge per pair of partners', async () => {
    const { document, communities } = await exporter.export({ communityId: `${first}-a` });
    const graph = child(child(readXml(toGraphML(document, { communities }).xml), 'graphml'), 'graph');
    const labels = children(graph, 'node').map((n) =>
      children(n, 'data').find((d) => attr(d, 'key') === 'label'),
    );
    // Only community A's stakeholders are nodes: club and school, tied by p1 and p2.
    expect(labels.map((d) => d?.['#text'])).toEqual(['Club <Swans> "Juniors" & Co', 'Swansea School']);
    const weights = (xml: string): (string | undefined)[] =>
      children(child(child(readXml(xml), 'graphml'), 'graph'), 'edge').map(
        (e) => children(e, 'data').find((d) => attr(d, 'key') === 'weight')?.['#text'],
      );
    expect(weights(toGraphML(document, { communities }).xml)).toEqual(['2']);
    // As of 2020-01-01 only p2 (no dates) is active.
    expect(weights(toGraphML(document, { communities, asOf: '2020-01-01' }).xml)).toEqual(['1']);
  });

  it('says which community or region it cannot find', async () => {
    await expect(exporter.export({ communityId: `${first}-nowhere` })).rejects.toThrow(
      `community '${first}-nowhere' not found`,
    );
    await expect(exporter.export({ regionId: `${first}-nowhere` })).rejects.toThrow(
      `region '${first}-nowhere' not found`,
    );
  });
});
