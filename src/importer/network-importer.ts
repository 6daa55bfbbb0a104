import type { CypherCatalog, Query } from '../db/cypher-catalog';
import type { QueryRunner } from '../db/query-runner';
import { BadUserInputError, ConflictError, DomainError, QueryTimeoutError, type ErrorCode } from '../errors';
import { rowsToWrite } from './needs-rows';
import {
  countMemberships,
  RECORD_LISTS,
  type NetworkDocument,
  type RecordList,
} from '../network-document/network-document';
import {
  normalizeDocument,
  validateDocument,
  type ImportProblem,
  type Locate,
  type UnresolvedReference,
} from '../network-document/validation';

export interface EntityCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface MembershipCounts extends EntityCounts {
  /** Memberships of listed partnerships that the document no longer lists. */
  removed: number;
}

export interface ImportSummary {
  dryRun: boolean;
  regions: EntityCounts;
  communities: EntityCounts;
  stakeholders: EntityCounts;
  partnerships: EntityCounts;
  memberships: MembershipCounts;
  needs: EntityCounts;
  assets: EntityCounts;
  /** Links are only added: `updated` stays 0. */
  addressedNeeds: EntityCounts;
  /** Records processed: regions + communities + stakeholders + partnerships + memberships. */
  rows: number;
  batches: number;
  durationMs: number;
  rowsPerSecond: number;
  membershipsPerSecond: number;
}

export interface ImportProgress {
  phase: RecordList;
  rowsDone: number;
  rowsTotal: number;
  batchesDone: number;
}

export interface ImportOptions {
  /** Classify every record as it would be written, then roll each batch back: nothing is stored. */
  dryRun?: boolean;
  /** Rows per transaction (a partnership counts one row per member); default 5,000. */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Maps JSON paths to source lines (CSV); problems then name file and line. */
  locate?: Locate;
  /** Batches written at the same time (default 4); 1 writes strictly one after the other. */
  concurrency?: number;
  /** Problems already found while reading the source (encoding, CSV quoting); reported with the rest. */
  sourceProblems?: ImportProblem[];
}

export const DEFAULT_BATCH_SIZE = 5_000;
// Measured on 2 cores, 20,000 stakeholders per run on a warm server: 2 in flight 17.7k memberships/s,
// 3 23.3k, 4 20.8k-ish, 8 25.1k. Four keeps Neo4j busy while the client encodes the next batch, without
// piling up lock waits; deadlocks between batches are transient errors the query runner retries.
export const DEFAULT_CONCURRENCY = 4;
const MAX_LISTED_PROBLEMS = 20;
const CONFLICT_ATTEMPTS = 3;

/** BAD_USER_INPUT listing every problem of a document (in `extensions.problems`); nothing was written. */
export class NetworkValidationError extends BadUserInputError {
  constructor(readonly problems: ImportProblem[]) {
    const listed = problems
      .slice(0, MAX_LISTED_PROBLEMS)
      .map((p) => `\n  - ${p.location}: ${p.message}`)
      .join('');
    const more =
      problems.length > MAX_LISTED_PROBLEMS ? `\n  … and ${problems.length - MAX_LISTED_PROBLEMS} more` : '';
    super(
      `the network document has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:${listed}${more}`,
      {
        problems: problems.map(({ code, location, message, path, file, line }) => ({
          code,
          location,
          message,
          path,
          file,
          line,
        })),
      },
    );
  }
}

/**
 * An import that stopped partway (Neo4j went away, a transaction failed). Every batch is its own
 * transaction, so each batch is stored whole or not at all; running the same document again completes
 * the import without creating anything twice. `written` counts the batches known to be committed (a
 * commit whose answer was lost on the way is stored but not counted). Carries the cause's code
 * (SERVICE_UNAVAILABLE when Neo4j is unreachable).
 */
export class ImportInterruptedError extends DomainError {
  readonly code: ErrorCode;

  constructor(
    readonly reason: unknown,
    readonly written: ImportProgress,
    readonly dryRun = false,
  ) {
    const code = reason instanceof DomainError ? reason.code : 'INTERNAL_SERVER_ERROR';
    // Only a domain error's message is meant for clients; anything else is masked and logged whole.
    // A batch that outlived the transaction timeout is too big for this server: say what helps.
    const why =
      reason instanceof QueryTimeoutError
        ? 'a batch took longer than the transaction timeout; import with a smaller batch size (--batch-size)'
        : reason instanceof DomainError
          ? reason.message
          : 'an unexpected error';
    const rows = `${written.rowsDone.toLocaleString('en-US')} of ${written.rowsTotal.toLocaleString('en-US')} rows`;
    super(
      dryRun
        ? `the dry run stopped while checking ${written.phase} after ${written.batchesDone} batches in all ` +
            `(${rows} checked): ${why}. A dry run writes nothing; run it again.`
        : `the import stopped while writing ${written.phase} after ${written.batchesDone} batches in all ` +
            `(at least ${rows} written): ${why}. Each batch is stored whole or not at all; run the same ` +
            'import again to finish it (nothing is created twice).',
      {
        originalError: reason instanceof Error ? reason : undefined,
        extensions: {
          code,
          written: {
            phase: written.phase,
            batches: written.batchesDone,
            rows: written.rowsDone,
            rowsTotal: written.rowsTotal,
            dryRun,
          },
        },
      },
    );
    this.code = code;
  }
}

/** Thrown inside a dry-run batch's transaction so Neo4j rolls it back; carries the batch's result. */
class RollBack<T> extends Error {
  constructor(readonly rows: T[]) {
    super('dry run: rolled back');
  }
}

interface OutcomeRow {
  outcome: keyof EntityCounts;
  rows: number;
  membersCreated?: number;
  membersUpdated?: number;
  membersUnchanged?: number;
  membersRemoved?: number;
}

const zero = (): EntityCounts => ({ created: 0, updated: 0, unchanged: 0 });

/**
 * Loads a network document: validates all of it first (nothing is written when anything is wrong),
 * then writes regions, communities, stakeholders and partnerships in that order, in UNWIND batches of
 * the same shape, one transaction per batch. Every write is a MERGE on id and every record replaces
 * what is stored for it, so running the same document again, after success or after a crash halfway,
 * converges to the same graph and creates nothing new.
 */
export class NetworkImporter {
  private readonly queries: Record<RecordList, Query>;
  private readonly findExistingIds: Query;

  constructor(
    private readonly runner: QueryRunner,
    catalog: CypherCatalog,
  ) {
    this.queries = {
      regions: catalog.require('importer/merge-regions'),
      communities: catalog.require('importer/merge-communities'),
      stakeholders: catalog.require('importer/merge-stakeholders'),
      partnerships: catalog.require('importer/merge-partnerships'),
      needs: catalog.require('importer/merge-needs'),
      assets: catalog.require('importer/merge-assets'),
      addressedNeeds: catalog.require('importer/merge-addressed-needs'),
    };
    this.findExistingIds = catalog.require('importer/find-existing-ids');
  }

  /** Every problem of a document, references to stored entities resolved against the database. */
  async validate(
    document: unknown,
    options: Pick<ImportOptions, 'locate' | 'sourceProblems'> = {},
  ): Promise<{
    document: NetworkDocument | null;
    problems: ImportProblem[];
  }> {
    const result = validateDocument(document, options.locate);
    const stored = await this.storedReferences(result.unresolved);
    // One set, not a scan per problem: a document of partnerships between stored stakeholders has
    // hundreds of thousands of references to resolve.
    const resolved = new Set(
      result.unresolved.filter((u) => stored.has(`${u.label} ${u.id}`)).map((u) => u.problem),
    );
    const problems = [...(options.sourceProblems ?? []), ...result.problems.filter((p) => !resolved.has(p))];
    return { document: problems.length === 0 ? result.document : null, problems };
  }

  async run(document: NetworkDocument, options: ImportOptions = {}): Promise<ImportSummary> {
    const started = performance.now();
    const checked = await this.validate(document, options);
    if (!checked.document) throw new NetworkValidationError(checked.problems);
    const doc = normalizeDocument(checked.document);
    const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
    const dryRun = options.dryRun ?? false;

    const summary: ImportSummary = {
      dryRun,
      regions: zero(),
      communities: zero(),
      stakeholders: zero(),
      partnerships: zero(),
      memberships: { ...zero(), removed: 0 },
      needs: zero(),
      assets: zero(),
      addressedNeeds: zero(),
      rows: 0,
      batches: 0,
      durationMs: 0,
      rowsPerSecond: 0,
      membershipsPerSecond: 0,
    };
    const weight = (list: RecordList, record: unknown): number =>
      list === 'partnerships' ? 1 + (record as { members: unknown[] }).members.length : 1;
    const memberships = countMemberships(doc);
    const rowsTotal =
      doc.regions.length +
      doc.communities.length +
      doc.stakeholders.length +
      doc.partnerships.length +
      memberships +
      (doc.needs?.length ?? 0) +
      (doc.assets?.length ?? 0) +
      (doc.addressedNeeds?.length ?? 0);

    const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
    for (const list of RECORD_LISTS) {
      const records = rowsToWrite(list, doc[list] ?? []);
      const pending = batches(records, batchSize, (r) => weight(list, r));
      // A few batches in flight at once: one commits while the next runs. Each list is finished before
      // the next starts, so every batch finds what it refers to. After a failure no worker takes a new
      // batch, and the error is raised once the batches in flight have settled: nothing is written
      // after it, and it counts every batch whose commit was confirmed.
      const failures: unknown[] = [];
      const worker = async (): Promise<void> => {
        for (let next = pending.next(); !next.done && failures.length === 0; next = pending.next()) {
          const batch = next.value;
          try {
            const rows = await this.writeBatch(this.queries[list], batch, dryRun);
            for (const row of rows) {
              summary[list][row.outcome] += row.rows;
              if (list === 'partnerships') {
                summary.memberships.created += row.membersCreated ?? 0;
                summary.memberships.updated += row.membersUpdated ?? 0;
                summary.memberships.unchanged += row.membersUnchanged ?? 0;
                summary.memberships.removed += row.membersRemoved ?? 0;
              }
            }
            summary.batches += 1;
            summary.rows += batch.reduce((n: number, r) => n + weight(list, r), 0);
            options.onProgress?.({
              phase: list,
              rowsDone: summary.rows,
              rowsTotal,
              batchesDone: summary.batches,
            });
          } catch (error) {
            // Also a failing progress callback: no worker may go on writing after run() has failed.
            failures.push(error);
            return;
          }
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      if (failures.length > 0) {
        throw new ImportInterruptedError(
          failures[0],
          { phase: list, rowsDone: summary.rows, rowsTotal, batchesDone: summary.batches },
          dryRun,
        );
      }
    }

    summary.durationMs = Math.round(performance.now() - started);
    const seconds = Math.max(summary.durationMs, 1) / 1000;
    summary.rowsPerSecond = Math.round(summary.rows / seconds);
    summary.membershipsPerSecond = Math.round(memberships / seconds);
    return summary;
  }

  /**
   * Another import writing the same new records at the same moment can create one of them between
   * this batch's look-up and its CREATE: the id constraint then refuses the batch. Run again, the
   * batch finds the record and updates it, so such a refusal is tried again a few times.
   */
  private async writeBatch(query: Query, rows: object[], dryRun: boolean): Promise<OutcomeRow[]> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.writeBatchOnce(query, rows, dryRun);
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= CONFLICT_ATTEMPTS) throw error;
      }
    }
  }

  private async writeBatchOnce(query: Query, rows: object[], dryRun: boolean): Promise<OutcomeRow[]> {
    try {
      return await this.runner.writeTransaction(async (tx) => {
        const result = await tx.run<OutcomeRow>(query, { rows });
        if (dryRun) throw new RollBack(result);
        return result;
      });
    } catch (error) {
      if (error instanceof RollBack) return error.rows as OutcomeRow[];
      throw error;
    }
  }

  private async storedReferences(unresolved: UnresolvedReference[]): Promise<Set<string>> {
    if (unresolved.length === 0) return new Set();
    const ids = (label: UnresolvedReference['label']): string[] => [
      ...new Set(unresolved.filter((u) => u.label === label).map((u) => u.id)),
    ];
    const [row] = await this.runner.read<{
      regions: string[];
      communities: string[];
      stakeholders: string[];
      partnerships: string[];
      needs: string[];
    }>(this.findExistingIds, {
      regions: ids('Region'),
      communities: ids('Community'),
      stakeholders: ids('Stakeholder'),
      partnerships: ids('Partnership'),
      needs: ids('Need'),
    });
    return new Set([
      ...(row?.regions ?? []).map((id) => `Region ${id}`),
      ...(row?.communities ?? []).map((id) => `Community ${id}`),
      ...(row?.stakeholders ?? []).map((id) => `Stakeholder ${id}`),
      ...(row?.partnerships ?? []).map((id) => `Partnership ${id}`),
      ...(row?.needs ?? []).map((id) => `Need ${id}`),
    ]);
  }
}

/** Consecutive slices whose weights add up to at most `size` (a heavier record gets a slice of its own). */
export function* batches<T>(
  records: readonly T[],
  size: number,
  weight: (record: T) => number,
): Generator<T[]> {
  let current: T[] = [];
  let load = 0;
  for (const record of records) {
    const w = weight(record);
    if (current.length > 0 && load + w > size) {
      yield current;
      current = [];
      load = 0;
    }
    current.push(record);
    load += w;
  }
  if (current.length > 0) yield current;
}
