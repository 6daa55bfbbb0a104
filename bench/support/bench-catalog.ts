import { join } from 'node:path';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { projectRoot } from '../../src/paths';

/**
 * The benchmarks' own queries (bench/cypher/, e.g. the hand-written dashboard query), kept out of the
 * service's catalog and its image. EXPLAIN-checked by test/integration/cypher-files.test.ts.
 */
export const benchCatalog = (): CypherCatalog =>
  CypherCatalog.load(join(projectRoot(), 'bench', 'cypher'), 'bench/cypher');
