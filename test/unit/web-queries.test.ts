import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { loadConfig } from '../../src/config';
import { estimateOperation } from '../../src/graphql/limits';
import { projectRoot } from '../../src/paths';

const root = projectRoot();
const schema = buildSchema(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8'));
const folder = join(root, 'web', 'src', 'queries');
const documents = readdirSync(folder).filter((file) => file.endsWith('.graphql'));

describe('the dashboard’s GraphQL documents (web/src/queries)', () => {
  it('are there: one per thing the dashboard shows', () => {
    expect(documents.sort()).toEqual([
      'community-brokers.graphql',
      'community-network.graphql',
      'community-trend.graphql',
      'community.graphql',
      'region.graphql',
      'regions.graphql',
      'stakeholder.graphql',
    ]);
  });

  it.each(documents)('%s is valid against the committed schema/schema.graphql', (file) => {
    const document = parse(readFileSync(join(folder, file), 'utf8'));
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  it.each(documents)('%s holds one named query and no mutation (the dashboard only reads)', (file) => {
    const operations = parse(readFileSync(join(folder, file), 'utf8')).definitions.filter(
      (d) => d.kind === Kind.OPERATION_DEFINITION,
    );
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
