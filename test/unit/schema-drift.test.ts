import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from '../../src/graphql/schema';
import { projectRoot } from '../../src/paths';

describe('schema/schema.graphql', () => {
  it('matches the schema the code generates (fix: npm run schema:generate)', async () => {
    expect(readFileSync(join(projectRoot(), 'schema', 'schema.graphql'), 'utf8')).toBe(
      await printAppSchema(),
    );
  });
});
