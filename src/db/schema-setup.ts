import type { Logger } from '../logger';
import type { CypherCatalog, Query } from './cypher-catalog';
import type { QueryRunner } from './query-runner';

/** The uniqueness constraints on every entity's id; /ready is 503 until all of them exist. */
export const REQUIRED_CONSTRAINTS = [
  'region_id',
  'community_id',
  'stakeholder_id',
  'partnership_id',
  'need_id',
  'asset_id',
] as const;

/** What each required constraint guards: any uniqueness rule on this label and property will do. */
export const CONSTRAINED_ID: Readonly<
  Record<(typeof REQUIRED_CONSTRAINTS)[number], { label: string; property: string }>
> = {
  region_id: { label: 'Region', property: 'id' },
  community_id: { label: 'Community', property: 'id' },
  stakeholder_id: { label: 'Stakeholder', property: 'id' },
  partnership_id: { label: 'Partnership', property: 'id' },
  need_id: { label: 'Need', property: 'id' },
  asset_id: { label: 'Asset', property: 'id' },
};

/**
 * Secondary indexes that earlier versions created. No query plan uses them (every list query filters
 * with `$x IS NULL OR …` and sorts on toLower(name), which no index serves; EXPLAIN of every .cypher
 * file shows only the id constraints' indexes), while every write paid for them: dropping them took
 * the stakeholder phase of a 100,000-stakeholder import from 6.8–7.8 s to 4.5–4.6 s. Dropped on
 * start-up so existing databases stop paying too.
 */
export const RETIRED_INDEXES = [
  'community_name',
  'partnership_kind',
  'partnership_started_on',
  'region_name',
  'stakeholder_name',
  'stakeholder_name_text',
  'stakeholder_sector',
] as const;

/**
 * Applies cypher/schema/create-*.cypher (all `IF NOT EXISTS`, so idempotent), drops the retired
 * indexes (`IF EXISTS`) and remembers whether it succeeded. When Neo4j is down at start-up it keeps
 * retrying in the background, so the API can start first and become ready by itself once the
 * database answers.
 */
export class SchemaSetup {
  private applied = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private background: Promise<void> | null = null;
  private readonly statements: Query[];
  private readonly dropRetiredIndex: Query;
  private readonly listConstraints: Query;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
    private readonly logger: Logger,
  ) {
    this.statements = catalog.folder('schema').filter((q) => q.name.startsWith('schema/create-'));
    this.dropRetiredIndex = catalog.require('schema/drop-retired-index');
    this.listConstraints = catalog.require('schema/list-unique-constraints');
  }

  get isApplied(): boolean {
    return this.applied;
  }

  async apply(): Promise<void> {
    // Schema statements cannot share a transaction with each other or with data writes. Another
    // process (a second replica, a test) may be creating the same rule at the same moment: then
    // Neo4j can refuse one of the two, and trying again finds the rule in place.
    const steps = [
      ...this.statements.map((statement) => ({ statement, parameters: {} })),
      ...RETIRED_INDEXES.map((name) => ({ statement: this.dropRetiredIndex, parameters: { name } })),
    ];
    for (const { statement, parameters } of steps) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          await this.runner.write(statement, parameters);
          break;
        } catch (error) {
          if (attempt >= 3) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        }
      }
    }
    const missing = await this.missingConstraints();
    if (missing.length > 0) throw new Error(`constraints missing after schema setup: ${missing.join(', ')}`);
    this.applied = true;
  }

  /**
   * The required constraints with no equivalent in the database. Equivalent means a uniqueness rule on
   * the same label and property under any name: `CREATE CONSTRAINT region_id IF NOT EXISTS` does
   * nothing when one exists (Neo4j 5 treats an equivalent rule as existing), so a database set up by
   * hand or by another tool keeps its own names.
   */
  async missingConstraints(): Promise<string[]> {
    const rows = await this.runner.read<{ label: string; property: string }>(this.listConstraints);
    const present = new Set(rows.map((r) => `${r.label}.${r.property}`));
    return REQUIRED_CONSTRAINTS.filter((name) => {
      const { label, property } = CONSTRAINED_ID[name];
      return !present.has(`${label}.${property}`);
    });
  }

  /** Resolves once the schema is in place: waits for a background attempt when one runs, else applies now. */
  whenApplied(): Promise<void> {
    if (this.applied) return Promise.resolve();
    return this.background ?? this.apply();
  }

  /** Try now; on failure retry every `intervalMs` until it works or `stop()` is called. */
  applyInBackground(intervalMs = 2_000): Promise<void> {
    this.background = new Promise((resolve) => {
      const attempt = (): void => {
        this.apply().then(
          () => {
            this.logger.info({ constraints: REQUIRED_CONSTRAINTS }, 'database schema applied');
            this.retryTimer = null;
            resolve();
          },
          (error: unknown) => {
            this.logger.warn({ err: error }, `database schema not applied yet; retrying in ${intervalMs} ms`);
            this.retryTimer = setTimeout(attempt, intervalMs);
            this.retryTimer.unref();
          },
        );
      };
      attempt();
    });
    return this.background;
  }

  stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
