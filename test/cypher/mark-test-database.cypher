// The suite writes only to databases carrying this marker (test/support/test-database.ts).
MERGE (m:PartnershipGraphTestDatabase {id: 'marker'})
ON CREATE SET m.createdAt = datetime(), m.runId = $runId
RETURN m.runId AS runId
