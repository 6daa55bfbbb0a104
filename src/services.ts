import type { CypherCatalog } from './db/cypher-catalog';
import type { QueryRunner } from './db/query-runner';
import { NetworkImporter } from './importer/network-importer';
import { SystemService } from './system/system.service';

/** Every feature's service, created once at start-up (so a missing .cypher file fails start-up). */
export interface Services {
  system: SystemService;
  importer: NetworkImporter;
}

export function createServices(runner: QueryRunner, catalog: CypherCatalog): Services {
  return {
    system: new SystemService(runner, catalog),
    importer: new NetworkImporter(runner, catalog),
  };
}
