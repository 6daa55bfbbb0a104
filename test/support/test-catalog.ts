import { join } from 'node:path';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { cypherDir, projectRoot } from '../../src/paths';

/** The service's queries (cypher/), as the server loads them. */
export const appCatalog = (): CypherCatalog => CypherCatalog.load(cypherDir());

/**
 * The tests' own queries (test/cypher/: marking the test database, cleaning up, snapshots), kept out
 * of the service's catalog and its image. EXPLAIN-checked by test/integration/cypher-files.test.ts.
 */
export const testCatalog = (): CypherCatalog =>
  CypherCatalog.load(join(projectRoot(), 'test', 'cypher'), 'test/cypher');
