import { Analysis } from '../../../src/analytics/analysis';
import { AnalyticsService, type GraphVersions } from '../../../src/analytics/analytics.service';
import type { Subgraph } from '../../../src/analytics/subgraph';
import { CypherCatalog } from '../../../src/db/cypher-catalog';
import type { QueryRunner } from '../../../src/db/query-runner';
import { cypherDir } from '../../../src/paths';
import { ALENTEJO, AS_OF, STAGES, TURKU, subgraphOf } from '../../support/analytics-fixtures';
import { deleteNetwork, loadNetwork, prefixed } from '../../support/load-network';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';

const prefix = uniqueId('fetch');
const docs = [ALENTEJO, STAGES, TURKU].map((doc) => prefixed(doc, prefix));
const [alentejo, stages, turku] = docs as [typeof ALENTEJO, typeof STAGES, typeof TURKU];
const id = (x: string): string => `${prefix}-${x}`;

/** Order-free form of a subgraph, to compare the query's answer with the in-memory reference. */
function canonical(subgraph: Subgraph): unknown {
  const byKey = <T>(list: T[], key: (x: T) => string): T[] =>
    [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    ...subgraph,
    // The fixtures have no needs or assets; the fetch answers empty lists for them.
    needs: subgraph.needs ?? [],
    assets: subgraph.assets ?? [],
    communities: byKey(subgraph.communities, (c) => c.id),
    stakeholders: byKey(subgraph.stakeholders, (s) => s.id),
    partnerships: byKey(subgraph.partnerships, (p) => p.id).map(({ memberIds, roles, ...p }) => ({
      ...p,
      members: byKey(
        memberIds.map((stakeholderId, i) => ({ stakeholderId, role: roles[i] })),
        (m) => m.stakeholderId,
      ),
    })),
  };
}

/**
 * The test runner, recording each analytics fetch into `fetches` as 'rows from..to k/n' (no dates: the
 * history; no k/n: in one part), and answering the graph versions `versionOf` gives for it (a string:
 * that graph version and base version both, as after a write to a stakeholder).
 */
function recordingRunner(
  fetches: string[],
  versionOf: (fetch: string) => string | GraphVersions,
): QueryRunner {
  return readFoldThrough(async (readFold, _query, params) => {
    const { rows, activeFrom, activeTo, part, parts } = params as Record<string, string | number | null>;
    const window = activeFrom === null ? null : `${activeFrom}..${activeTo}`;
    const of = Number(parts) > 1 ? `${Number(part) + 1}/${parts}` : null;
    const fetch = [rows, window, of].filter((x) => x !== null).join(' ');
    fetches.push(fetch);
    const answer = (await readFold()) as { versions: GraphVersions };
    const read = versionOf(fetch);
    answer.versions = typeof read === 'string' ? { version: read, baseVersion: read } : read;
    return answer;
  });
}

/** The test runner with its readFold calls passed through `around`, which runs the real one by `readFold()`. */
function readFoldThrough(
  around: (
    readFold: () => Promise<unknown>,
    ...args: Parameters<QueryRunner['readFold']>
  ) => Promise<unknown>,
): QueryRunner {
  return new Proxy(testRunner(), {
    get(target, property) {
      if (property === 'readFold')
        return (...args: Parameters<QueryRunner['readFold']>) =>
          around(() => target.readFold(...args), ...args);
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('the analytics fetch against Neo4j', () => {
  const service = new AnalyticsService(testRunner(), CypherCatalog.load(cypherDir()));

  beforeAll(async () => {
    for (const doc of docs) await loadNetwork(testRunner(), doc);
  });
  afterAll(async () => {
    for (const doc of docs) await deleteNetwork(testRunner(), doc);
    await closeTestRunner();
  });

  it('returns a community subgraph equal to the reference, minus partnerships inactive at the date', async () => {
    const fetched = await service.subgraph({ kind: 'community', id: id('evora') }, AS_OF, AS_OF);
    const reference = subgraphOf(alentejo, { community: id('evora') });
    // P7 (planned) and P8 (ended) are filtered in Cypher; the reference keeps them and lets TypeScript drop them.
    const active = {
      ...reference,
      partnerships: reference.partnerships.filter((p) => !['P7', 'P8'].map(id).includes(p.id)),
    };
    expect(canonical(fetched)).toEqual(canonical(active));
    expect(new Analysis(fetched, AS_OF).profile).toEqual(new Analysis(reference, AS_OF).profile);
  });

  it('returns a region subgraph over all its communities', async () => {
    const fetched = await service.subgraph({ kind: 'region', id: id('alentejo') }, AS_OF, AS_OF);
    const reference = subgraphOf(alentejo, { region: id('alentejo') });
    expect(fetched.communities.map((c) => c.id).sort()).toEqual([id('beja'), id('evora')]);
    expect(new Analysis(fetched, AS_OF).profile).toEqual(new Analysis(reference, AS_OF).profile);
    // Beja and Évora are fetched by two queries at once; P2 (Évora's s1–s3 with Beja's x1) comes with
    // both and is kept once.
    expect(fetched.partnerships.filter((p) => p.id === id('P2'))).toHaveLength(1);
    const active = {
      ...reference,
      partnerships: reference.partnerships.filter((p) => !['P7', 'P8'].map(id).includes(p.id)),
    };
    expect(canonical(fetched)).toEqual(canonical(active));
  });

  it.each([
    ['a stakeholder', 'a later version'],
    ['a partnership', { version: 'a later version', baseVersion: 'earlier' }],
  ])('fetches a region again in one query when a write to %s landed between its parts', async (_, later) => {
    const parts: string[] = [];
    // The second part reads as if a write had committed after the first one read: the two parts of
    // partnerships would show two states of the region, whether or not its stakeholders changed.
    const racing = recordingRunner(parts, (fetch) => (fetch.endsWith('2/2') ? later : 'earlier'));
    const fetched = await new AnalyticsService(racing, CypherCatalog.load(cypherDir())).subgraph(
      { kind: 'region', id: id('alentejo') },
      AS_OF,
      AS_OF,
    );
    // The stakeholders in one query and the partnerships in two at once; then everything in one.
    expect(parts).toEqual([
      'stakeholders',
      `partnerships ${AS_OF}..${AS_OF} 1/2`,
      `partnerships ${AS_OF}..${AS_OF} 2/2`,
      `all ${AS_OF}..${AS_OF}`,
    ]);
    const reference = subgraphOf(alentejo, { region: id('alentejo') });
    expect(canonical(fetched)).toEqual(
      canonical({
        ...reference,
        partnerships: reference.partnerships.filter((p) => !['P7', 'P8'].map(id).includes(p.id)),
      }),
    );
  });

  it('reads the graph version and the base version with every part it fetches', async () => {
    const read: GraphVersions[] = [];
    const reading = readFoldThrough(async (readFold) => {
      const answer = (await readFold()) as { versions: GraphVersions };
      read.push(answer.versions);
      return answer;
    });
    const fetching = new AnalyticsService(reading, CypherCatalog.load(cypherDir()));
    // Other test files write meanwhile: a try counts when no write landed around its fetch.
    for (let attempt = 0; attempt < 20; attempt += 1) {
      read.length = 0;
      const before = await service.graphVersions();
      await fetching.subgraph({ kind: 'region', id: id('alentejo') }, AS_OF, AS_OF);
      const after = await service.graphVersions();
      if (before.version !== after.version) continue;
      // The stakeholders and the two parts of partnerships.
      expect(read).toEqual([before, before, before]);
      expect(typeof before.baseVersion).toBe('string');
      return;
    }
    throw new Error('every try had a write landing around its fetch');
  });

  it('streams at most two fetches at once, however many analyses fetch', async () => {
    let streaming = 0;
    let most = 0;
    let fetches = 0;
    const counting = readFoldThrough(async (readFold) => {
      fetches += 1;
      streaming += 1;
      most = Math.max(most, streaming);
      try {
        return await readFold();
      } finally {
        streaming -= 1;
      }
    });
    const fetching = new AnalyticsService(counting, CypherCatalog.load(cypherDir()));
    const region = { kind: 'region', id: id('alentejo') } as const;
    // Without versions nothing is kept: each asks for the stakeholders and two parts of partnerships.
    const dates = [AS_OF, '2023-01-01', '2020-06-30'];
    const together = await Promise.all(dates.map((date) => fetching.subgraph(region, date, date)));
    // Nine fetches, and one more in one query for each analysis a write of another test file raced.
    expect(fetches).toBeGreaterThanOrEqual(9);
    expect(most).toBe(2);
    for (const [i, date] of dates.entries())
      expect(canonical(together[i]!)).toEqual(canonical(await service.subgraph(region, date, date)));
  });

  it('keeps the stakeholders per base version, and from a second window the whole history', async () => {
    const fetches: string[] = [];
    // One graph version for every read, as if no write landed in between: other test files write to
    // the same database meanwhile (a write between two reads is the tests around this one).
    const recording = recordingRunner(fetches, () => 'unchanged');
    const kept = new AnalyticsService(recording, CypherCatalog.load(cypherDir()));
    const turkuScope = { kind: 'community', id: id('turku') } as const;
    const first = { version: 'version 1', baseVersion: 'base 1' };
    const at = (date: string, versions: GraphVersions): Promise<Subgraph> =>
      kept.subgraph(turkuScope, date, date, versions);
    // The first window at a version: the stakeholders, and that window's partnerships, at once.
    const late = await at('2023-12-31', first);
    expect(fetches).toEqual(['stakeholders', 'partnerships 2023-12-31..2023-12-31']);
    // The second: the whole history, once (partnerships with no window); the third: no fetch.
    const early = await at('2020-12-31', first);
    const lastDayOfY2 = await at('2023-06-30', first);
    expect(fetches).toEqual(['stakeholders', 'partnerships 2023-12-31..2023-12-31', 'partnerships']);
    // A write of partnerships only (a new graph version, the same base version): its partnerships
    // again, not its stakeholders.
    const afterPartnership = { version: 'version 2', baseVersion: 'base 1' };
    const window = await kept.subgraph(turkuScope, '2021-12-31', '2023-12-31', afterPartnership);
    expect(fetches.slice(3)).toEqual(['partnerships 2021-12-31..2023-12-31']);
    expect(window.stakeholders).toBe(late.stakeholders);
    // A write to a stakeholder (both versions new) starts again.
    const afterStakeholder = { version: 'version 3', baseVersion: 'base 2' };
    const again = await at('2023-12-31', afterStakeholder);
    expect(fetches.slice(4)).toEqual(['stakeholders', 'partnerships 2023-12-31..2023-12-31']);
    expect(again.stakeholders).not.toBe(late.stakeholders);
    expect(canonical(again)).toEqual(canonical(late));
    // The same answers as fetched afresh for each window; the one base's stakeholders are shared.
    for (const [subgraph, date] of [
      [late, '2023-12-31'],
      [early, '2020-12-31'],
      [lastDayOfY2, '2023-06-30'],
    ] as const)
      expect(canonical(subgraph)).toEqual(canonical(await service.subgraph(turkuScope, date, date)));
    expect(early.partnerships).toEqual([]);
    // Y2 ended on 2023-06-30: active that day, as in Cypher.
    expect(lastDayOfY2.partnerships.map((p) => p.id)).toEqual(['Y1', 'Y2', 'Y3'].map(id));
    expect(late.partnerships.map((p) => p.id)).toEqual(['Y1', 'Y3'].map(id));
    expect(early.stakeholders).toBe(late.stakeholders);
    expect(canonical(window)).toEqual(canonical(subgraphOf(turku, { community: id('turku') })));
  });

  /**
   * Turku's dashboard at three dates, one graph version, through a runner whose reads answer
   * `versionOf`'s versions: each window checked against a fresh fetch; the fetches made.
   */
  async function turkuAtThreeDates(versionOf: (fetch: string) => string | GraphVersions): Promise<string[]> {
    const fetches: string[] = [];
    const kept = new AnalyticsService(recordingRunner(fetches, versionOf), CypherCatalog.load(cypherDir()));
    const turkuScope = { kind: 'community', id: id('turku') } as const;
    const versions = { version: 'version 1', baseVersion: 'base 1' };
    for (const date of ['2023-12-31', '2023-06-30', '2022-06-30'])
      expect(canonical(await kept.subgraph(turkuScope, date, date, versions))).toEqual(
        canonical(await service.subgraph(turkuScope, date, date)),
      );
    return fetches;
  }

  it('fetches each window in one query once a write outdated the kept stakeholders', async () => {
    // The history reads as if a write had committed after the stakeholders were read.
    const fetches = await turkuAtThreeDates((fetch) => (fetch === 'partnerships' ? 'later' : 'earlier'));
    expect(fetches).toEqual([
      'stakeholders',
      'partnerships 2023-12-31..2023-12-31',
      'partnerships',
      'all 2023-06-30..2023-06-30',
      'all 2022-06-30..2022-06-30',
    ]);
  });

  it('keeps a history read after a write of partnerships only: it goes with the kept stakeholders', async () => {
    // The history reads as if a partnership had been added after the stakeholders and the first
    // window were read: a newer graph version, the same base version.
    const fetches = await turkuAtThreeDates((fetch) =>
      fetch === 'partnerships' ? { version: 'later', baseVersion: 'earlier' } : 'earlier',
    );
    expect(fetches).toEqual(['stakeholders', 'partnerships 2023-12-31..2023-12-31', 'partnerships']);
  });

  it('fetches every partnership active at some date of a trend window at once', async () => {
    const fetched = await service.subgraph(
      { kind: 'community', id: id('turku') },
      '2021-12-31',
      '2023-12-31',
    );
    expect(canonical(fetched)).toEqual(canonical(subgraphOf(turku, { community: id('turku') })));
    // Before Y1 started nothing is active.
    const early = await service.subgraph({ kind: 'community', id: id('turku') }, '2020-12-31', '2020-12-31');
    expect(early.partnerships).toEqual([]);
  });

  it('returns an empty community and an empty region with no stakeholders', async () => {
    const empty = await service.subgraph({ kind: 'community', id: id('empty') }, AS_OF, AS_OF);
    expect(empty).toMatchObject({ name: 'Emptyville', stakeholders: [], partnerships: [] });
    expect(empty.communities[0]).toEqual({
      id: id('empty'),
      name: 'Emptyville',
      country: 'PT',
      kind: 'TOWN',
      population: null,
      regionId: id('stages'),
    });
    expect(stages.regions).toHaveLength(1);
  });

  it('says NOT_FOUND naming an unknown community or region', async () => {
    await expect(
      service.subgraph({ kind: 'community', id: id('atlantis') }, AS_OF, AS_OF),
    ).rejects.toMatchObject({
      message: `community '${id('atlantis')}' not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    await expect(
      service.subgraph({ kind: 'region', id: id('atlantis') }, AS_OF, AS_OF),
    ).rejects.toMatchObject({
      message: `region '${id('atlantis')}' not found`,
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
