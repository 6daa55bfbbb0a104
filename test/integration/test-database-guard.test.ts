import {
  claimTestDatabase,
  closeTestRunner,
  NotATestDatabaseError,
  testRunner,
  uniqueId,
} from '../support/test-database';
import { testCatalog } from '../support/test-catalog';

const unmark = {
  name: 'test/unmark',
  text: "MATCH (m:PartnershipGraphTestDatabase {id: 'marker'}) DELETE m",
};
const addRegion = {
  name: 'test/add-region',
  text: 'CREATE (:Region {id: $id, name: "Guard", country: "PT"})',
};
const removeRegion = { name: 'test/remove-region', text: 'MATCH (r:Region {id: $id}) DELETE r' };

describe('the test-database guard', () => {
  const id = uniqueId('guard');

  afterEach(async () => {
    await testRunner().write(removeRegion, { id });
    // Put the marker back without the guard's check: other test files run beside this one, so the
    // database may hold their data by now, which the guard (rightly) refuses to mark.
    await testRunner().write(testCatalog().require('mark-test-database'), {
      runId: 'restored-by-guard-test',
    });
  });
  afterAll(closeTestRunner);

  it('accepts the database this run created and marked', async () => {
    await expect(claimTestDatabase(testRunner(), 'again')).resolves.toBeUndefined();
  });

  it('refuses a database that holds data but carries no test marker', async () => {
    await testRunner().write(addRegion, { id });
    await testRunner().write(unmark);
    await expect(claimTestDatabase(testRunner(), 'intruder')).rejects.toBeInstanceOf(NotATestDatabaseError);
    await expect(claimTestDatabase(testRunner(), 'intruder')).rejects.toThrow(
      /not marked as a test database/,
    );
  });
});
