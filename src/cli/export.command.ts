import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { isIsoDate } from '../domain/dates';
import { writeKumuWorkbook } from '../formats/kumu';
import { writeNetworkDocument } from '../formats/network-files';
import { toBipartiteGexf, toGexf } from '../formats/gexf';
import { toBipartiteGraphML, toGraphML } from '../formats/graphml';
import { REPLACEMENT_CHARACTER, type XmlExport } from '../formats/xml-text';
import type { NetworkDocument } from '../network-document/network-document';
import { today } from '../domain/dates';
import { countMemberships } from '../network-document/network-document';
import { EXPORT_READS } from '../exporter/network-exporter';
import { say, withDatabase } from './database';
import { progressReporter, SILENT } from './progress';
import { EXPORTS_DIR, prepareOutput, type OutputFormat } from './output-path';

function isoDate(value: string): string {
  if (!isIsoDate(value)) throw new Error(`expected a date YYYY-MM-DD, got '${value}'`);
  return value;
}

function graphFile(
  document: NetworkDocument,
  format: 'graphml' | 'gexf',
  bipartite: boolean,
  options: { communities: string[]; asOf?: string },
): XmlExport {
  if (format === 'graphml')
    return bipartite ? toBipartiteGraphML(document, options) : toGraphML(document, options);
  const gexf = { ...options, today: today() };
  return bipartite ? toBipartiteGexf(document, gexf) : toGexf(document, gexf);
}

export function exportCommand(): Command {
  return new Command('export')
    .description(
      'Export a community, a region or everything: a network document (json), a CSV folder (csv) or an ' +
        'Excel workbook (xlsx) that `import` reads back; a workbook for Kumu (kumu: Elements and Connections); or the partner graph for Gephi and other tools: graphml, or gexf with the ' +
        "partnerships' start and end dates as spells for Gephi's timeline. --bipartite writes stakeholders " +
        'and partnerships as nodes instead (docs/formats.md).',
    )
    .addOption(
      new Option('--format <format>', 'what to write')
        .choices(['json', 'csv', 'xlsx', 'kumu', 'graphml', 'gexf'])
        .default('json'),
    )
    .option('--bipartite', 'graphml and gexf: stakeholders and partnerships as nodes, memberships as edges')
    .addOption(new Option('--community <id>', 'export this community only').conflicts('region'))
    .option('--region <id>', 'export the communities of this region')
    .option(
      '--as-of <date>',
      'kumu, graphml and gexf: only partnerships active at this date (gexf then has no spells)',
      isoDate,
    )
    .option('-q, --quiet', 'no progress lines and no summary on stderr (errors and notes still appear)')
    .option(
      '--out <path>',
      `file to write, or folder for csv; default ${EXPORTS_DIR}/<community|region|network>.<format> ` +
        '(kumu: <name>-kumu.xlsx, csv: <name>-csv/)',
    )
    .action(
      async (options: {
        format: OutputFormat;
        community?: string;
        region?: string;
        asOf?: string;
        bipartite?: boolean;
        out?: string;
        quiet?: boolean;
      }) => {
        if (options.bipartite && options.format !== 'graphml' && options.format !== 'gexf')
          throw new Error('--bipartite applies to --format graphml or gexf only');
        await withDatabase(
          async ({ services }) => {
            // One step per read of the graph, and one for writing the file.
            const progress = options.quiet ? SILENT : progressReporter('steps', { everyMs: 0 });
            const steps = EXPORT_READS + 1;
            const { document, communities } = await services.exporter
              .export({ communityId: options.community, regionId: options.region }, (read) =>
                progress.update({
                  phase: 'export',
                  done: read.done,
                  total: steps,
                  detail: `(read ${read.rows} ${read.records})`,
                }),
              )
              .catch((error: unknown) => {
                progress.stop();
                throw error;
              });
            const scope = options.community ?? options.region ?? 'network';
            const name = options.bipartite ? `${scope}-bipartite` : scope;
            const out = prepareOutput(options.out, name, options.format);
            if (options.format === 'graphml' || options.format === 'gexf') {
              const written = graphFile(document, options.format, options.bipartite ?? false, {
                communities,
                asOf: options.asOf,
              });
              writeFileSync(out, written.xml);
              if (written.replaced > 0)
                say(
                  `note: ${written.replaced} character(s) that XML 1.0 cannot hold (control characters) were ` +
                    `written as ${REPLACEMENT_CHARACTER} (U+FFFD)`,
                );
            } else if (options.format === 'kumu')
              writeFileSync(out, await writeKumuWorkbook(document, { communities, asOf: options.asOf }));
            else await writeNetworkDocument(document, out, options.format);
            progress.update({
              phase: 'export',
              done: steps,
              total: steps,
              detail: `(wrote ${options.format})`,
            });
            progress.stop();
            if (!options.quiet)
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
