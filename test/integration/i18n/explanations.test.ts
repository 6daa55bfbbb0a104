import { Role } from '../../../src/auth/role';
import { loadDemoNetwork } from '../../../src/generator/demo';
import { deleteNetwork, loadNetwork, prefixed } from '../../support/load-network';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';
import { startTestServer, type TestServer } from '../../support/test-server';

/**
 * Explanations in the language asked for: the `language` argument, else Accept-Language, else English.
 * The demo's Évora at 2026-06-30 has 3 MISSING and 2 WEAK gaps; the first gap is
 * Education × Sport: 3 educational institutions, 1 sport club, no tie.
 */
const run = uniqueId('i18n');
const demo = prefixed(loadDemoNetwork(), run);
const evora = `${run}-pt-evora`;
let api: TestServer;

const QUERY = `query($id: ID!, $language: String) { community(id: $id) {
  gaps(asOf: "2026-06-30") { kind explanation(language: $language) }
  profile(asOf: "2026-06-30") { maturity { stage reasons(language: $language) } }
  recommendations(asOf: "2026-06-30", first: 1) { explanation(language: $language) } } }`;

interface Result {
  community: {
    gaps: { kind: string; explanation: string }[];
    profile: { maturity: { stage: string; reasons: string[] } };
    recommendations: { explanation: string }[];
  };
}

beforeAll(async () => {
  await loadNetwork(testRunner(), demo);
  api = await startTestServer();
});

afterAll(async () => {
  await api?.close();
  await deleteNetwork(testRunner(), demo);
  await closeTestRunner();
});

describe('explanations per language', () => {
  it('answers in English by default', async () => {
    const { data } = await api.gql<Result>(QUERY, { id: evora }, { as: Role.VIEWER });
    expect(data!.community.gaps[0]).toEqual({
      kind: 'MISSING',
      explanation:
        "No active partnership links any of Évora's 3 educational institutions with its sport club.",
    });
    expect(data!.community.profile.maturity.reasons[1]).toBe('all seven sectors are present');
  });

  it('answers in Portuguese for language: "pt", numbers with the decimal comma', async () => {
    const { data, errors } = await api.gql<Result>(QUERY, { id: evora, language: 'pt' }, { as: Role.VIEWER });
    expect(errors).toBeUndefined();
    expect(data!.community.gaps[0]!.explanation).toBe(
      'Em Évora, nenhuma parceria ativa liga 3 instituições de ensino a 1 sport club.',
    );
    expect(data!.community.profile.maturity.reasons.slice(1)).toEqual([
      'os sete setores estão presentes',
      'a cobertura do espetro é 0,86 (pelo menos 0,60)',
    ]);
    expect(data!.community.recommendations[0]!.explanation).toMatch(
      /^Évora Municipal Council e .* ainda não são parceiros na rede de Évora/,
    );
  });

  it('answers in the Accept-Language when no argument is given', async () => {
    const { data } = await api.gql<Result>(
      QUERY,
      { id: evora },
      {
        as: Role.VIEWER,
        headers: { 'accept-language': 'pt-PT,pt;q=0.9,en;q=0.5' },
      },
    );
    expect(data!.community.profile.maturity.reasons[1]).toBe('os sete setores estão presentes');
  });

  it('refuses a language without a catalog, naming the ones there are', async () => {
    const { errors } = await api.gql<Result>(QUERY, { id: evora, language: 'xx' }, { as: Role.VIEWER });
    expect(errors?.[0]?.message).toBe("language 'xx' has no catalog: one of en, pt");
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
