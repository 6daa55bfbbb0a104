import { NetworkImporter, NetworkValidationError } from '../../src/importer/network-importer';
import { NETWORK_FORMAT, type NetworkDocument } from '../../src/network-document/network-document';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { cypherDir } from '../../src/paths';
import { startTestServer, type TestServer } from '../support/test-server';
import { uniqueId } from '../support/test-database';

const CREATE = 'mutation($input: CreateRegionInput!) { createRegion(input: $input) { id name } }';
const run = uniqueId('names');

/** The same names are refused by the API and by the importer, with the same words. */
const REFUSED: [string, string, string][] = [
  ['a NUL inside', 'Alen\u0000tejo', 'must not contain control characters (U+0000 at character 5)'],
  [
    'only control characters',
    '\u0001\u0002\u0003',
    'must not contain control characters (U+0001 at character 1)',
  ],
  ['an escape sequence', '\u001b[31mRed', 'must not contain control characters (U+001B at character 1)'],
  ['DEL', 'Beja\u007f', 'must not contain control characters (U+007F at character 5)'],
];

describe('names with control characters', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => {
    await api.runner.write(
      { name: 'test/names-cleanup', text: 'MATCH (n) WHERE n.id STARTS WITH $run DETACH DELETE n' },
      { run },
    );
    await api.close();
  });

  it.each(REFUSED)('are refused by the API with BAD_USER_INPUT: %s', async (_what, name, problem) => {
    const response = await api.gql(CREATE, { input: { id: `${run}-r`, name, country: 'PT' } });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'name', problems: [`name ${problem}`] },
    ]);
  });

  it.each(REFUSED)('are refused by the import with their path: %s', async (_what, name, problem) => {
    const importer = new NetworkImporter(api.runner, CypherCatalog.load(cypherDir()));
    const document = {
      format: NETWORK_FORMAT,
      regions: [{ id: `${run}-r`, name, country: 'PT' }],
      communities: [],
      stakeholders: [],
      partnerships: [],
    } as NetworkDocument;
    const error = await importer.run(document).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkValidationError);
    expect((error as NetworkValidationError).problems.map((p) => [p.code, p.location, p.message])).toEqual([
      ['BAD_VALUE', '$.regions[0].name', `name ${problem}`],
    ]);
  });

  it('still accept tabs and line breaks next to visible characters, and nothing refused was stored', async () => {
    const response = await api.gql(CREATE, {
      input: { id: `${run}-ok`, name: 'Alto\tAlentejo', country: 'PT' },
    });
    expect(response.data).toEqual({ createRegion: { id: `${run}-ok`, name: 'Alto\tAlentejo' } });
    const [row] = await api.runner.read<{ ids: string[] }>(
      {
        name: 'test/names-stored',
        text: 'MATCH (r:Region) WHERE r.id STARTS WITH $run RETURN collect(r.id) AS ids',
      },
      { run },
    );
    expect(row?.ids).toEqual([`${run}-ok`]);
  });
});
