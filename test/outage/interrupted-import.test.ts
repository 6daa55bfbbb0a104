import { CypherCatalog } from '../../src/db/cypher-catalog';
import type { QueryRunner } from '../../src/db/query-runner';
import { generateNetwork } from '../../src/generator/generator';
import { countMemberships, type NetworkDocument } from '../../src/network-document/network-document';
import { batches, ImportInterruptedError, NetworkImporter } from '../../src/importer/network-importer';
import { cypherDir } from '../../src/paths';
import { failingRunner } from '../support/failing-runner';
import { closeTestRunner, testRunner, uniqueId } from '../support/test-database';

const catalog = CypherCatalog.load(cypherDir());
const BATCH_SIZE = 10;

const failingTestRunner = (failAt: number): QueryRunner => failingRunner(testRunner(), failAt);

async function stored(
  prefix: string,
): Promise<{ stakeholders: number; partnerships: number; memberships: number }> {
  const [row] = await testRunner().read<{ stakeholders: number; partnerships: number; memberships: number }>(
    {
      name: 'test/interrupted-counts',
      text: `RETURN COUNT { MATCH (s:Stakeholder) WHERE s.id STARTS WITH $prefix } AS stakeholders,
                COUNT { MATCH (p:Partnership) WHERE p.id STARTS WITH $prefix } AS partnerships,
                COUNT { MATCH (:Stakeholder)-[m:MEMBER_OF]->(p:Partnership) WHERE p.id STARTS WITH $prefix } AS memberships`,
    },
    { prefix },
  );
  return row!;
}

/** 1 region, 2 communities and 20 stakeholders under a fresh id prefix, and their partnerships. */
function smallRegion(seed: number): { prefix: string; document: NetworkDocument } {
  const prefix = uniqueId('int');
  const document = generateNetwork({ communities: 2, stakeholdersPerCommunity: 10, seed, idPrefix: prefix });
  return { prefix, document };
}

/** The error an import fails with (null when it succeeds). */
const failureOf = (run: Promise<unknown>): Promise<ImportInterruptedError | null> =>
  run.then(
    () => null,
    (error: unknown) => error as ImportInterruptedError,
  );

const rowsOf = (document: NetworkDocument): number =>
  document.regions.length +
  document.communities.length +
  document.stakeholders.length +
  document.partnerships.length +
  countMemberships(document);

describe('an import interrupted by a failing transaction', () => {
  afterAll(async () => {
    await testRunner().write({
      name: 'test/interrupted-cleanup',
      text: "MATCH (n) WHERE n.id STARTS WITH 'int-' DETACH DELETE n",
    });
    await closeTestRunner();
  });

  it('says what it wrote and how to finish, and the same import again completes it exactly', async () => {
    // 1 region and 2 communities (one batch each), 20 stakeholders (two batches), then partnerships.
    const { prefix, document } = smallRegion(5);
    const firstPartnerships = [
      ...batches(document.partnerships, BATCH_SIZE, (p) => 1 + p.members.length),
    ][0]!;
    const firstMembers = firstPartnerships.reduce((n, p) => n + p.members.length, 0);

    // The sixth write is the second batch of partnerships.
    const interrupted = new NetworkImporter(failingTestRunner(6), catalog).run(document, {
      batchSize: BATCH_SIZE,
      concurrency: 1,
    });
    const error = (await failureOf(interrupted))!;
    expect(error).toBeInstanceOf(ImportInterruptedError);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.written).toEqual({
      phase: 'partnerships',
      batchesDone: 5,
      rowsDone: 1 + 2 + 20 + firstPartnerships.length + firstMembers,
      rowsTotal: rowsOf(document),
    });
    expect(error.message).toBe(
      `the import stopped while writing partnerships after 5 batches in all (at least ${error.written.rowsDone} ` +
        `of ${rowsOf(document)} rows written): Neo4j is not reachable. Each batch is stored whole or not at ` +
        'all; run the same import again to finish it (nothing is created twice).',
    );
    expect(await stored(prefix)).toEqual({
      stakeholders: 20,
      partnerships: firstPartnerships.length,
      memberships: firstMembers,
    });

    const again = await new NetworkImporter(testRunner(), catalog).run(document, { batchSize: BATCH_SIZE });
    expect(again.stakeholders).toEqual({ created: 0, updated: 0, unchanged: 20 });
    expect(again.partnerships).toEqual({
      created: document.partnerships.length - firstPartnerships.length,
      updated: 0,
      unchanged: firstPartnerships.length,
    });
    expect(again.memberships).toEqual({
      created: countMemberships(document) - firstMembers,
      updated: 0,
      unchanged: firstMembers,
      removed: 0,
    });
    expect(await stored(prefix)).toEqual({
      stakeholders: 20,
      partnerships: document.partnerships.length,
      memberships: countMemberships(document),
    });
  });

  it('with several batches in flight, starts none after the failure and counts exactly what was written', async () => {
    const { prefix, document } = smallRegion(6);
    const error = (await failureOf(
      new NetworkImporter(failingTestRunner(7), catalog).run(document, {
        batchSize: BATCH_SIZE,
        concurrency: 3,
      }),
    ))!;
    expect(error).toBeInstanceOf(ImportInterruptedError);
    expect(error.written.phase).toBe('partnerships');
    // The six writes begun before the failing seventh complete; no batch is begun after it.
    expect(error.written.batchesDone).toBe(6);
    // Whatever the interleaving, the rows the error reports are the rows stored: 23 before the
    // partnerships, then one per partnership and one per membership.
    const now = await stored(prefix);
    expect(now.stakeholders).toBe(20);
    expect(error.written.rowsDone).toBe(1 + 2 + 20 + now.partnerships + now.memberships);
    expect(now.partnerships).toBeLessThan(document.partnerships.length);
    // And nothing is still being written in the background.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await stored(prefix)).toEqual(now);
  });

  it('says a dry run that stopped wrote nothing', async () => {
    const { prefix, document } = smallRegion(7);
    const error = (await failureOf(
      new NetworkImporter(failingTestRunner(3), catalog).run(document, {
        batchSize: BATCH_SIZE,
        concurrency: 1,
        dryRun: true,
      }),
    ))!;
    expect(error).toBeInstanceOf(ImportInterruptedError);
    expect(error.message).toBe(
      'the dry run stopped while checking stakeholders after 2 batches in all ' +
        `(3 of ${rowsOf(document)} rows checked): Neo4j is not reachable. A dry run writes nothing; run it again.`,
    );
    expect(await stored(prefix)).toEqual({ stakeholders: 0, partnerships: 0, memberships: 0 });
  });
});
