import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Command, Option } from 'commander';
import { apiKey } from '../auth/api-keys';
import { Role } from '../auth/role';
import { loadConfig } from '../config';
import { QueryRunner } from '../db/query-runner';
import { languages } from '../i18n/catalogs';
import { resolveNeo4j } from '../local-neo4j/connection';
import { createLogger } from '../logger';
import { printReport, snapshotReport } from '../reports/chromium';
import {
  parseReportRequest,
  reportPath,
  REPORT_FORMATS,
  type ReportRequest,
} from '../reports/report-request';
import { startServer } from '../server';
import { say } from './database';
import { defaultOutput, EXPORTS_DIR } from './output-path';

interface ReportOptions {
  community?: string;
  region?: string;
  asOf?: string;
  format: string;
  language: string;
  out?: string;
}

/**
 * Serves the report page from a server of its own (loopback, a free port, a one-time VIEWER key that
 * only this process knows), opens it in Chromium and writes the PDF or the drawn HTML.
 */
async function writeReport(request: ReportRequest, out: string): Promise<void> {
  const config = loadConfig();
  const runner = QueryRunner.connect(await resolveNeo4j(config, say));
  const key = randomBytes(24).toString('hex');
  const server = await startServer({
    config: {
      ...config,
      host: '127.0.0.1',
      port: 0,
      auth: { ...config.auth, apiKeys: [apiKey('report-cli', Role.VIEWER, key)], anonymousRead: false },
    },
    runner,
    logger: createLogger('silent'),
  });
  try {
    const scope = request.scope === 'community' ? server.services.communities : server.services.regions;
    const found = await scope.byIds([request.id]);
    if (found.length === 0) throw new Error(`there is no ${request.scope} with id '${request.id}'`);
    const url = `${server.url}${reportPath(request)}`;
    const headers = { authorization: `ApiKey ${key}` };
    mkdirSync(dirname(out), { recursive: true });
    if (request.format === 'pdf')
      writeFileSync(
        out,
        await printReport(url, { headers, footer: `${found[0]!.value.name} · ${request.asOf}` }),
      );
    else writeFileSync(out, await snapshotReport(url, { headers }));
  } finally {
    await server.close();
    await runner.close();
  }
}

export function reportCommand(): Command {
  return new Command('report')
    .description(
      'Write the printable Community Profile of a community or a region at a date: cover with the maturity ' +
        'stage, stakeholders by sector, the partner network, the sector-gap heatmap, gaps, recommendations, ' +
        'brokers, business engagement, needs and the trend (for a region also its communities compared). ' +
        'PDF (A4, page numbers) or a self-contained HTML file, both drawn by Chromium (Debian package ' +
        '"chromium"). Example: report --community pt-evora --as-of 2026-06-30 --format pdf --out evora.pdf',
    )
    .addOption(new Option('--community <id>', 'the community to report on').conflicts('region'))
    .option('--region <id>', 'the region to report on, its communities compared')
    .option('--as-of <date>', 'the date of every measure, YYYY-MM-DD (default today, UTC)')
    .addOption(new Option('--format <format>', 'what to write').choices([...REPORT_FORMATS]).default('pdf'))
    .option('--language <language>', `the report's language: ${languages().join(', ')}`, 'en')
    .option('--out <path>', `file to write; default ${EXPORTS_DIR}/<id>-<date>.<format>`)
    .action(async (options: ReportOptions) => {
      const id = options.community ?? options.region;
      if (id === undefined) throw new Error('say which report: --community <id> or --region <id>');
      const request = parseReportRequest(
        options.community !== undefined ? 'community' : 'region',
        id,
        { asOf: options.asOf, language: options.language, format: options.format },
        { asOf: '--as-of', language: '--language', format: '--format' },
      );
      const out = options.out ?? defaultOutput(`${request.id}-${request.asOf}`, request.format);
      const started = Date.now();
      await writeReport(request, out);
      say(
        `wrote ${out} (${request.scope} ${request.id} at ${request.asOf}, ${request.language}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    });
}
