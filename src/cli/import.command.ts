import { Command } from 'commander';
import { formatProblems, formatSummary } from '../importer/import-report';
import type { NetworkDocument } from '../network-document/network-document';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_CONCURRENCY,
  ImportInterruptedError,
  NetworkValidationError,
  type ImportProgress,
} from '../importer/network-importer';
import { readNetworkSource } from '../formats/network-files';
import { positiveInt, say, withDatabase } from './database';
import { progressReporter } from './progress';

/** Import progress: rows written (a partnership counts one per member), a plain line every 2 s off a terminal. */
function importProgress(): { update: (p: ImportProgress) => void; stop: () => void } {
  const reporter = progressReporter('rows', { everyMs: 2_000 });
  return {
    update: (p) =>
      reporter.update({
        phase: p.phase,
        done: p.rowsDone,
        total: p.rowsTotal,
        detail: `(${p.batchesDone} batches)`,
      }),
    stop: reporter.stop,
  };
}

export function importCommand(): Command {
  return new Command('import')
    .description(
      'Import a network document: a .json file (format partnership-graph/v1), an .xlsx workbook with a sheet ' +
        'per record type (Regions, Communities, Stakeholders, Partnerships, Memberships...), or a folder with ' +
        'regions.csv, communities.csv, stakeholders.csv, partnerships.csv and memberships.csv (docs/formats.md). ' +
        'Everything is validated first and nothing is written if anything is wrong; writes are idempotent, so ' +
        're-running converges.',
    )
    .argument('<file-or-folder>', 'network document (.json), workbook (.xlsx) or CSV folder')
    .option('--dry-run', 'report what would be created, updated and left unchanged, without writing')
    .option(
      '--batch-size <rows>',
      'rows per transaction (a partnership counts one per member)',
      positiveInt,
      DEFAULT_BATCH_SIZE,
    )
    .option('--concurrency <n>', 'batches written at the same time', positiveInt, DEFAULT_CONCURRENCY)
    .action(async (path: string, options: { dryRun?: boolean; batchSize: number; concurrency: number }) => {
      const source = await readNetworkSource(path);
      if (source.document === null) {
        say(formatProblems(source.problems));
        process.exitCode = 1;
        return;
      }
      await withDatabase(async ({ services }) => {
        const progress = importProgress();
        try {
          const summary = await services.importer.run(source.document as NetworkDocument, {
            dryRun: options.dryRun ?? false,
            batchSize: options.batchSize,
            concurrency: options.concurrency,
            locate: source.locate,
            sourceProblems: source.problems,
            onProgress: progress.update,
          });
          progress.stop();
          process.stdout.write(`${formatSummary(summary)}\n`);
        } catch (error) {
          progress.stop();
          if (error instanceof ImportInterruptedError) {
            const cause =
              error.code === 'INTERNAL_SERVER_ERROR' && error.reason instanceof Error
                ? `\n  cause: ${error.reason.message}`
                : '';
            say(`error: ${error.message}${cause}`);
            process.exitCode = 1;
            return;
          }
          if (!(error instanceof NetworkValidationError)) throw error;
          say(formatProblems(error.problems));
          process.exitCode = 1;
        }
      });
    });
}
