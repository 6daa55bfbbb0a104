// In the outage project "the test database" is the project's private Neo4j: testConnection() and
// testRunner() reach it, and the integration project's instance is never touched. (Jest gives each
// test file its own copy of process.env, so this does not leak into other files.)
import { outageHandle } from './outage-neo4j';

const handle = outageHandle();
const { connection } = handle;
process.env.NEO4J_TEST_URI = connection.uri;
process.env.NEO4J_TEST_USERNAME = connection.username;
process.env.NEO4J_TEST_PASSWORD = connection.password;
delete process.env.NEO4J_TEST_DATABASE;
