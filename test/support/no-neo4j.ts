// Unit tests run without a database: hide the connection the integration project's setup exported,
// so a unit test that reaches for Neo4j fails at once (and belongs in test/integration).
for (const name of Object.keys(process.env)) {
  if (name.startsWith('NEO4J_TEST_') || name.startsWith('PG_TEST_') || name.startsWith('PG_OUTAGE_'))
    delete process.env[name];
}
