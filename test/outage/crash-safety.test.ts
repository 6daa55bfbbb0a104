import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { generateNetwork } from '../../src/generator/generator';
import { countMemberships } from '../../src/network-document/network-document';
import { NetworkImporter } from '../../src/importer/network-importer';
import { cypherDir } from '../../src/paths';
import { spawnCli } from '../support/cli-process';
import { closeTestRunner, testConnection, testRunner, uniqueId } from '../support/test-database';

const catalog = CypherCatalog.load(cypherDir());
const prefix = uniqueId('crash');
/** 2 communities × 150 stakeholders: about 500 partnerships and 1,500 memberships. */
const document = generateNetwork({
  communities: 2,
  stakeholdersPerCommunity: 150,
  seed: 21,
  idPrefix: prefix,
});

interface Counts {
  regions: number;
  communities: number;
  stakeholders: number;
  partnerships: number;
  partOf: number;
  basedIn: number;
  memberOf: number;
  distinctIds: number;
  nodes: number;
}

async function counts(): Promise<Counts> {
  const [row] = await testRunner().read<Counts>(
    {
      name: 'test/crash-counts',
      text: `MATCH (n) WHERE n.id STARTS WITH $prefix
             WITH collect(n) AS nodes
             RETURN size([n IN nodes WHERE n:Region]) AS regions,
               size([n IN nodes WHERE n:Community]) AS communities,
               size([n IN nodes WHERE n:Stakeholder]) AS stakeholders,
               size([n IN nodes WHERE n:Partnership]) AS partnerships,
               size(nodes) AS nodes,
               COUNT { UNWIND nodes AS n RETURN DISTINCT n.id } AS distinctIds,
               COUNT { MATCH (c:Community)-[:PART_OF]->(:Region) WHERE c.id STARTS WITH $prefix } AS partOf,
               COUNT { MATCH (s:Stakeholder)-[:BASED_IN]->(:Community) WHERE s.id STARTS WITH $prefix } AS basedIn,
               COUNT { MATCH (:Stakeholder)-[:MEMBER_OF]->(p:Partnership) WHERE p.id STARTS WITH $prefix } AS memberOf`,
    },
    { prefix },
  );
  return row!;
}

/**
 * Creates a partnership with `id` in a transaction left open (never committed) until `release`: under
 * the id's uniqueness constraint, another transaction's MERGE of that id waits for it.
 */
async function holdPartnershipId(id: string): Promise<{ release: () => Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const holding = new Promise<void>((resolve) => (held = resolve));
  const rolledBack = testRunner()
    .writeTransaction(async (tx) => {
      await tx.run({ name: 'test/crash-hold-id', text: 'CREATE (:Partnership {id: $id})' }, { id });
      held();
      await released;
      throw new Error('rolled back on purpose');
    })
    .catch((error: Error) => {
      if (error.message !== 'rolled back on purpose') throw error;
    });
  await holding;
  return {
    release: async () => {
      release();
      await rolledBack;
    },
  };
}

describe('an import killed halfway', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-crash-'));
  const file = join(dir, 'network.json');

  beforeAll(() => writeFileSync(file, JSON.stringify(document)));

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await testRunner().write(
      { name: 'test/crash-cleanup', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n' },
      { prefix },
    );
    await closeTestRunner();
  });

  it('is completed by running it again: exact counts, no duplicates', async () => {
    const lock = await holdPartnershipId(document.partnerships.at(-1)!.id);
    const connection = testConnection();
    const child = spawnCli(['import', file, '--batch-size', '10'], {
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.username,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: connection.database,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? code)),
    );

    // Kill it with SIGKILL once the first partnership batches are committed: no clean-up can run.
    // The import cannot finish first: the last partnership's id is held by an uncommitted CREATE of
    // ours, so the batch that MERGEs it waits for our lock until the kill.
    const deadline = Date.now() + 120_000;
    let atKill: Counts | null = null;
    while (Date.now() < deadline && child.exitCode === null) {
      const now = await counts();
      if (now.partnerships > 0) {
        child.kill('SIGKILL');
        atKill = now;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await exited).toBe('SIGKILL');
    await lock.release();
    if (!atKill) throw new Error(`the import was never seen writing partnerships:\n${output}`);
    expect(atKill.stakeholders).toBe(document.stakeholders.length);
    expect(atKill.partnerships).toBeLessThan(document.partnerships.length);

    const importer = new NetworkImporter(testRunner(), catalog);
    const rerun = await importer.run(document, { batchSize: 200 });
    expect(rerun.stakeholders).toEqual({ created: 0, updated: 0, unchanged: document.stakeholders.length });
    expect(rerun.partnerships.created).toBeGreaterThan(0);

    const memberships = countMemberships(document);
    const expected: Counts = {
      regions: 1,
      communities: 2,
      stakeholders: document.stakeholders.length,
      partnerships: document.partnerships.length,
      partOf: 2,
      basedIn: document.stakeholders.length,
      memberOf: memberships,
      distinctIds: 3 + document.stakeholders.length + document.partnerships.length,
      nodes: 3 + document.stakeholders.length + document.partnerships.length,
    };
    expect(await counts()).toEqual(expected);

    const third = await importer.run(document, { batchSize: 200 });
    expect(third.partnerships).toEqual({ created: 0, updated: 0, unchanged: document.partnerships.length });
    expect(third.memberships).toEqual({ created: 0, updated: 0, unchanged: memberships, removed: 0 });
    expect(await counts()).toEqual(expected);
  });
});
