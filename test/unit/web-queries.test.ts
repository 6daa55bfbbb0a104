import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { loadConfig } from '../../src/config';
import { estimateOperation } from '../../src/graphql/limits';
import { projectRoot } from '../../src/paths';

const root = projectRoot();
const schema = buildSchema(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8'));
const folder = join(root, 'web', 'src', 'queries');
const files = readdirSync(folder).filter((file) => file.endsWith('.graphql'));
/** The report's two documents share their fragments (the page appends this file to each). */
const FRAGMENTS = 'report-fragments.graphql';
const documents = files.filter((file) => file !== FRAGMENTS);
const textOf = (file: string): string =>
  readFileSync(join(folder, file), 'utf8') +
  (file.startsWith('report-') ? `\n${readFileSync(join(folder, FRAGMENTS), 'utf8')}` : '');

describe('the dashboard’s and the report’s GraphQL documents (web/src/queries)', () => {
  it('are there: one per thing the dashboard shows', () => {
    expect(files.sort()).toEqual([
      'community-brokers.graphql',
      'community-network.graphql',
      'community-trend.graphql',
      'community.graphql',
      'region-network.graphql',
      'region.graphql',
      'regions.graphql',
      'report-community.graphql',
      'report-fragments.graphql',
      'report-region.graphql',
      'stakeholder.graphql',
    ]);
  });

  it.each(documents)('%s is valid against the committed schema/schema.graphql', (file) => {
    const document = parse(textOf(file));
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  it.each(documents)('%s holds one named query and no mutation (the dashboard only reads)', (file) => {
    const operations = parse(textOf(file)).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.map((o) => [o.operation, o.name?.value !== undefined])).toEqual([['query', true]]);
  });

  // The variables the dashboard sends: an id, a date and the region page's 13-year trend (2013–2025).
  const sent = { id: 'sines', asOf: '2025-06-30', after: null, fromYear: 2013, toYear: 2025 };

  it.each(documents)('%s fits the default object budget (GRAPHQL_MAX_OBJECTS)', (file) => {
    const { maxObjects } = loadConfig({}).limits;
    const query = parse(readFileSync(join(folder, file), 'utf8'));
    const estimate = estimateOperation({ schema, query, variables: sent });
    expect(estimate).toBeGreaterThan(0);
    expect(estimate).toBeLessThanOrEqual(maxObjects);
  });
});
