import { NETWORK_FORMAT } from '../../../src/network-document/network-document';
import { startTestServer, TEST_KEYS, type TestServer } from '../../support/test-server';
import { uniqueId } from '../../support/test-database';

const prefix = uniqueId('deep');
const id = (name: string): string => `${prefix}-${name}`;

/** One region, one community, one stakeholder: a document nested 4 levels, as real ones are. */
const document = {
  format: NETWORK_FORMAT,
  regions: [{ id: id('r'), name: 'Friuli', country: 'IT' }],
  communities: [{ id: id('c'), name: 'Udine', country: 'IT', kind: 'CITY', region: id('r') }],
  stakeholders: [{ id: id('school'), name: 'Udine Primary School', sector: 'EDUCATION', community: id('c') }],
  partnerships: [],
};

/** The document's JSON with `notes` on the stakeholder nested `depth` objects deep (built as text). */
const deepDocument = (depth: number): string =>
  JSON.stringify(document).replace(
    '"community":',
    `"notes":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},"community":`,
  );

interface Refusal {
  errors: { message: string; extensions: Record<string, unknown> }[];
}

const IMPORT = 'mutation Import($document: JSON!) { importNetwork(document: $document) { dryRun } }';

describe('deeply nested input', () => {
  let api: TestServer;
  const post = async (body: string): Promise<{ status: number; json: Refusal }> => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${TEST_KEYS.EDITOR}` },
      body,
    });
    return { status: response.status, json: (await response.json()) as Refusal };
  };
  const storedSchool = async (): Promise<unknown> =>
    (
      await api.gql<{ stakeholder: unknown }>('query($id: ID!) { stakeholder(id: $id) { id } }', {
        id: id('school'),
      })
    ).data?.stakeholder;

  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api?.close());

  it('in the variables is refused as BAD_USER_INPUT naming the limit and the path, and writes nothing', async () => {
    const { status, json } = await post(
      `{"query":${JSON.stringify(IMPORT)},"variables":{"document":${deepDocument(5000)}}}`,
    );
    expect(status).toBe(400);
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 64 });
    expect(json.errors[0]!.message).toBe(
      'the request nests more than 64 levels deep (at $variables.document.stakeholders[0].notes' +
        '.a'.repeat(60) +
        '); flatten the input, no document needs that depth',
    );
    expect(await storedSchool()).toBeNull();
  });

  it('as a literal in the query text is refused before the parser, naming line and column', async () => {
    const literal = deepDocument(5000).replace(/"(\w+)":/g, '$1:'); // GraphQL object literal syntax
    const query = `mutation {\n  importNetwork(document: ${literal}) { dryRun }\n}`;
    const { status, json } = await post(JSON.stringify({ query }));
    expect(status).toBe(400);
    expect(json.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0]!.message).toMatch(
      /^the request nests more than 64 levels deep \(in the query at 2:\d+\)/,
    );
    expect(await storedSchool()).toBeNull();
  });

  it('leaves honest documents alone: the same document nested 4 levels imports', async () => {
    const response = await api.gql<{ importNetwork: { dryRun: boolean } }>(IMPORT, { document }, {});
    expect(response.errors).toBeUndefined();
    expect(response.data?.importNetwork.dryRun).toBe(false);
    expect(await storedSchool()).toEqual({ id: id('school') });
  });
});
