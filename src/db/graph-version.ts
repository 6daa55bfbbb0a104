import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypherDir } from '../paths';
import type { Query } from './cypher-catalog';

/**
 * The graph version: a value in the database (one :GraphVersion node) that every write transaction
 * changing data replaces before it commits — in the same transaction, through the query runner's write
 * path, so no service or importer has to remember it. Readers key cached analyses by it: several API
 * replicas in front of one (clustered) Neo4j never serve an analysis older than the data they can read.
 *
 * Beside it, the base version: the version of the regions, communities and stakeholders, which the
 * analytics keep per scope apart from the partnerships. A write says when it changes none of them
 * (RunOptions.leavesBase: the writes of partnerships, members, needs and assets), and the base
 * version then stays, so the first dashboard after adding a partnership fetches the partnerships
 * again but not the region's 40,000 stakeholders. Any other write advances both.
 */
let advanceQuery: Query | undefined;

/** cypher/system/advance-graph-version, read once on first use (the runner has no catalog of its own). */
export function advanceGraphVersion(): Query {
  const name = 'system/advance-graph-version';
  return (advanceQuery ??= { name, text: readFileSync(join(cypherDir(), `${name}.cypher`), 'utf8').trim() });
}

/** The data part of a statement's update counters (schema changes cannot share a transaction with data). */
export interface UpdateCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

export function changedData(counts: UpdateCounts): boolean {
  return (
    counts.nodesCreated +
      counts.nodesDeleted +
      counts.relationshipsCreated +
      counts.relationshipsDeleted +
      counts.propertiesSet +
      counts.labelsAdded +
      counts.labelsRemoved >
    0
  );
}
