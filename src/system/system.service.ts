import type { CypherCatalog, Query } from '../db/cypher-catalog';
import type { QueryRunner } from '../db/query-runner';
import type { DatabaseInfo } from './system.type';

export class SystemService {
  private readonly getServerVersion: Query;
  private readonly countNodes: Query;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.getServerVersion = catalog.require('system/get-server-version');
    this.countNodes = catalog.require('system/count-nodes');
  }

  async database(): Promise<DatabaseInfo> {
    const [row] = await this.runner.read<{ version: string; edition: string }>(this.getServerVersion);
    return { version: row?.version ?? 'unknown', edition: row?.edition ?? 'unknown' };
  }

  /** Regions, communities, stakeholders and partnerships stored: 0 means an empty database. */
  async countEntities(): Promise<number> {
    const [row] = await this.runner.read<{ nodes: number }>(this.countNodes);
    return row?.nodes ?? 0;
  }
}
