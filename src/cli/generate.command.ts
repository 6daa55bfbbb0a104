import { Command, Option } from 'commander';
import { writeNetworkDocument } from '../formats/network-files';
import { generateNetwork } from '../generator/generator';
import { countMemberships } from '../network-document/network-document';
import { positiveInt, say, wholeNumber } from './database';
import { EXPORTS_DIR, prepareOutput } from './output-path';

export function generateCommand(): Command {
  return new Command('generate')
    .description(
      'Write a synthetic regional network (reproducible: the same options and seed give the same file), ' +
        'with realistic sector shares, multi-party partnerships of every kind and date, and sector homophily.',
    )
    .requiredOption('--communities <n>', 'number of communities', positiveInt)
    .requiredOption('--stakeholders <n>', 'stakeholders per community', positiveInt)
    .option('--seed <n>', 'random seed', wholeNumber, 1)
    .option('--memberships-per-stakeholder <n>', 'average partnerships per stakeholder', Number, 5)
    .option('--members-per-partnership <n>', 'average members per partnership (at least 2)', Number, 3)
    .option('--region-id <id>', 'id of the generated region (default <prefix>-region)')
    .option('--id-prefix <prefix>', 'prefix of every generated id', 'gen')
    .option('--country <code>', 'ISO 3166-1 alpha-2 country', 'PT')
    .addOption(
      new Option('--format <format>', 'json file, CSV folder or xlsx workbook')
        .choices(['json', 'csv', 'xlsx'])
        .default('json'),
    )
    .option(
      '--out <path>',
      `file (json, xlsx) or folder (csv) to write; default ${EXPORTS_DIR}/<region id>.<format>`,
    )
    .action(
      async (options: {
        communities: number;
        stakeholders: number;
        seed: number;
        membershipsPerStakeholder: number;
        membersPerPartnership: number;
        regionId?: string;
        idPrefix: string;
        country: string;
        format: 'json' | 'csv' | 'xlsx';
        out?: string;
      }) => {
        const document = generateNetwork({
          communities: options.communities,
          stakeholdersPerCommunity: options.stakeholders,
          seed: options.seed,
          regionId: options.regionId,
          idPrefix: options.idPrefix,
          country: options.country,
          membershipsPerStakeholder: options.membershipsPerStakeholder,
          meanMembersPerPartnership: options.membersPerPartnership,
        });
        const out = prepareOutput(options.out, document.regions[0]?.id ?? options.idPrefix, options.format);
        await writeNetworkDocument(document, out, options.format);
        say(
          `wrote ${out}: ${document.communities.length} communities, ${document.stakeholders.length} stakeholders, ` +
            `${document.partnerships.length} partnerships, ${countMemberships(document)} memberships`,
        );
      },
    );
}
