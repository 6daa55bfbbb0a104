import { CypherCatalog } from '../../src/db/cypher-catalog';
import type { QueryRunner } from '../../src/db/query-runner';
import { cypherDir } from '../../src/paths';

/** The importer's network document (partnership-graph/v1), as far as the tests need it. */
export interface NetworkDocument {
  format?: string;
  regions: { id: string; name: string; country: string }[];
  communities: {
    id: string;
    name: string;
    country: string;
    kind: string;
    population?: number | null;
    region: string;
  }[];
  stakeholders: { id: string; name: string; sector: string; type?: string | null; community: string }[];
  partnerships: {
    id: string;
    name: string;
    kind: string;
    startedOn?: string | null;
    endedOn?: string | null;
    themes?: string[];
    members: { stakeholder: string; role: string }[];
  }[];
}

const catalog = CypherCatalog.load(cypherDir());
const BATCH = 2_000;

async function inBatches(runner: QueryRunner, name: string, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH)
    await runner.write(catalog.require(name), { rows: rows.slice(i, i + BATCH) });
}

/** A thin UNWIND loader for test fixtures (the importer proper validates; this trusts its input). */
export async function loadNetwork(runner: QueryRunner, doc: NetworkDocument): Promise<void> {
  await inBatches(runner, 'testing/load-regions', doc.regions);
  await inBatches(
    runner,
    'testing/load-communities',
    doc.communities.map((c) => ({ ...c, population: c.population ?? null })),
  );
  await inBatches(
    runner,
    'testing/load-stakeholders',
    doc.stakeholders.map((s) => ({ ...s, type: s.type ?? null })),
  );
  await inBatches(
    runner,
    'testing/load-partnerships',
    doc.partnerships.map(({ members: _members, ...p }) => ({
      ...p,
      startedOn: p.startedOn ?? null,
      endedOn: p.endedOn ?? null,
      themes: p.themes ?? [],
    })),
  );
  await inBatches(
    runner,
    'testing/load-memberships',
    doc.partnerships.flatMap((p) => p.members.map((m) => ({ ...m, partnership: p.id }))),
  );
}

/** Deletes everything a document created (for afterAll). */
export async function deleteNetwork(runner: QueryRunner, doc: NetworkDocument): Promise<void> {
  const ids = [
    ...doc.regions.map((r) => r.id),
    ...doc.communities.map((c) => c.id),
    ...doc.stakeholders.map((s) => s.id),
    ...doc.partnerships.map((p) => p.id),
  ];
  await runner.write(catalog.require('testing/delete-network'), { ids });
}

/** The same document with every id prefixed, so parallel test files never share nodes. */
export function prefixed(doc: NetworkDocument, prefix: string): NetworkDocument {
  const id = (x: string): string => `${prefix}-${x}`;
  return {
    ...doc,
    regions: doc.regions.map((r) => ({ ...r, id: id(r.id) })),
    communities: doc.communities.map((c) => ({ ...c, id: id(c.id), region: id(c.region) })),
    stakeholders: doc.stakeholders.map((s) => ({ ...s, id: id(s.id), community: id(s.community) })),
    partnerships: doc.partnerships.map((p) => ({
      ...p,
      id: id(p.id),
      members: p.members.map((m) => ({ ...m, stakeholder: id(m.stakeholder) })),
    })),
  };
}
