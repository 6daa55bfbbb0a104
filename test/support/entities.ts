import type { QueryRunner } from '../../src/db/query-runner';
import { testCatalog } from './test-catalog';
import type { TestServer } from './test-server';

const catalog = testCatalog();

/** Deletes every region, community, stakeholder and partnership whose id or name starts with `prefix`. */
export async function deleteEntitiesWithPrefix(runner: QueryRunner, prefix: string): Promise<void> {
  await runner.write(catalog.require('delete-test-entities'), { prefix });
}

/** Calls a mutation and returns its data, failing the test with the errors when there are any. */
export async function mutate<T = Record<string, unknown>>(
  api: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await api.gql<T>(query, variables);
  if (response.errors) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** A region, a community in it and stakeholders based there, all with ids under `prefix`. */
export async function seedCommunity(
  api: TestServer,
  prefix: string,
  stakeholders: { id: string; name: string; sector: string; type?: string }[] = [],
): Promise<{ regionId: string; communityId: string }> {
  const regionId = `${prefix}-region`;
  const communityId = `${prefix}-community`;
  await mutate(api, 'mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }', {
    input: { id: regionId, name: `${prefix} Region`, country: 'PT' },
  });
  await mutate(api, 'mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }', {
    input: { id: communityId, name: `${prefix} Town`, country: 'PT', kind: 'TOWN', regionId },
  });
  for (const s of stakeholders) {
    await mutate(
      api,
      'mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }',
      { input: { ...s, communityId } },
    );
  }
  return { regionId, communityId };
}
