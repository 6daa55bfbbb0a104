import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { printAppSchema } from '../graphql/schema';
import { projectRoot } from '../paths';

const SCHEMA_FILE = (): string => join(projectRoot(), 'schema', 'schema.graphql');

export function schemaCommand(): Command {
  const schema = new Command('schema').description(
    'The GraphQL schema generated from the code (schema/schema.graphql).',
  );

  schema
    .command('write')
    .description('Regenerate schema/schema.graphql from the resolver classes.')
    .action(async () => {
      writeFileSync(SCHEMA_FILE(), await printAppSchema());
      process.stderr.write(`wrote ${SCHEMA_FILE()}\n`);
    });

  schema
    .command('check')
    .description('Fail if schema/schema.graphql differs from what the code generates.')
    .action(async () => {
      let committed = '';
      try {
        committed = readFileSync(SCHEMA_FILE(), 'utf8');
      } catch {
        // a missing file is drift too
      }
      if (committed !== (await printAppSchema())) {
        process.stderr.write(
          'schema/schema.graphql is out of date with the code: run `npm run schema:generate` and commit it.\n',
        );
        process.exitCode = 1;
        return;
      }
      process.stderr.write('schema/schema.graphql matches the code.\n');
    });

  return schema;
}
