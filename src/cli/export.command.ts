import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { isIsoDate } from '../domain/dates';
import { writeNetworkDocument } from '../importer/csv';
import { toGraphML } from '../importer/graphml';
import { countMemberships } from '../importer/network-document';
import { say, withDatabase } from './database';
import { EXPORTS_DIR, prepareOutput, type OutputFormat } from './output-path';

function isoDate(value: string): string {
  if (!isIsoDate(value)) throw new Error(`expected a date YYYY-MM-DD, got '${value}'`);
  return value;
}

export function exportCommand(): Command {
  return new Command('export')
    .description(
      'Export a community, a region or everything: a network document (json), a CSV folder (csv) that ' +
        '`import` reads back, or the partner graph for Gephi (graphml).',
    )
    .addOption(
      new Option('--format <format>', 'what to write').choices(['json', 'csv', 'graphml']).default('json'),
    )
    .addOption(new Option('--community <id>', 'export this community only').conflicts('region'))
    .option('--region <id>', 'export the communities of this region')
    .option(
      '--as-of <date>',
      'graphml only: tie stakeholders through partnerships active at this date',
      isoDate,
    )
    .option(
      '--out <path>',
      `file to write (json, graphml) or folder (csv); default ${EXPORTS_DIR}/<community|region|network>.<format>`,
    )
    .action(
      async (options: {
        format: OutputFormat;
        community?: string;
        region?: string;
        asOf?: string;
        out?: string;
      }) => {
        await withDatabase(
          async ({ services }) => {
            const { document, communities } = await services.exporter.export({
              communityId: options.community,
              regionId: options.region,
            });
            const scope = options.community ?? options.region ?? 'network';
            const out = prepareOutput(options.out, scope, options.format);
            if (options.format === 'graphml')
              writeFileSync(out, toGraphML(document, { communities, asOf: options.asOf }));
            else writeNetworkDocument(document, out, options.format);
            say(
              `wrote ${out}: ${document.regions.length} regions, ${document.communities.length} communities, ` +
                `${document.stakeholders.length} stakeholders, ${document.partnerships.length} partnerships, ` +
                `${countMemberships(document)} memberships`,
            );
          },
          { applySchema: false },
        );
      },
    );
}
