import type { QueryRunner } from '../../src/db/query-runner';
import {
  NETWORK_FORMAT,
  type NetworkDocument as ImporterDocument,
} from '../../src/network-document/network-document';
import { NetworkImporter } from '../../src/importer/network-importer';
import { appCatalog, testCatalog } from './test-catalog';

/** Fixture documents: the importer's network document (partnership-graph/v1) without the format tag. */
export type NetworkDocument = Omit<ImporterDocument, 'format'> & { format?: string };

const catalog = appCatalog();
const ownQueries = testCatalog();

/** Loads a fixture through the real importer, so fixtures are validated and written as users' data is. */
export async function loadNetwork(runner: QueryRunner, doc: NetworkDocument): Promise<void> {
  await new NetworkImporter(runner, catalog).run({ ...doc, format: NETWORK_FORMAT });
}

/** Deletes everything a document created (for afterAll). */
export async function deleteNetwork(runner: QueryRunner, doc: NetworkDocument): Promise<void> {
  const ids = [
    ...doc.regions.map((r) => r.id),
    ...doc.communities.map((c) => c.id),
    ...doc.stakeholders.map((s) => s.id),
    ...doc.partnerships.map((p) => p.id),
    ...(doc.needs ?? []).map((n) => n.id),
    ...(doc.assets ?? []).map((a) => a.id),
  ];
  // In slices, so a 5,000-stakeholder network is never one transaction racing the query timeout.
  for (let start = 0; start < ids.length; start += DELETE_SLICE) {
    await runner.write(ownQueries.require('delete-network'), { ids: ids.slice(start, start + DELETE_SLICE) });
  }
}

const DELETE_SLICE = 500;

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
    ...(doc.needs && { needs: doc.needs.map((n) => ({ ...n, id: id(n.id), community: id(n.community) })) }),
    ...(doc.assets && {
      assets: doc.assets.map((a) => ({ ...a, id: id(a.id), stakeholder: id(a.stakeholder) })),
    }),
    ...(doc.addressedNeeds && {
      addressedNeeds: doc.addressedNeeds.map((l) => ({ partnership: id(l.partnership), need: id(l.need) })),
    }),
  };
}
