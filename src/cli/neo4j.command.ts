import { Command } from 'commander';
import { loadConfig } from '../config';
import { devInstance } from '../local-neo4j/connection';
import { LocalNeo4j, NEO4J_VERSION } from '../local-neo4j/local-neo4j';
import { neo4jRoot } from '../paths';
import { say } from './database';

export function neo4jCommand(): Command {
  const neo4j = new Command('neo4j').description(
    `Manage the project's local Neo4j ${NEO4J_VERSION} Community server under .neo4j/ (used when NEO4J_URI is not set).`,
  );

  neo4j
    .command('provision')
    .description(
      `Fetch Neo4j ${NEO4J_VERSION} Community's jars from Maven Central into .neo4j/ (needs Java 17+ and Maven). Done once.`,
    )
    .action(() => {
      const result = new LocalNeo4j(neo4jRoot(), say).provision();
      if (!result.fresh) say(`Neo4j ${NEO4J_VERSION} is already provisioned.`);
    });

  neo4j
    .command('start')
    .description(
      'Provision Neo4j from Maven Central on first use, start it, and wait until Bolt answers. Reuses a running one.',
    )
    .action(async () => {
      const config = loadConfig();
      const instance = devInstance(say);
      const { uri, reused, seconds } = await instance.start(config.neo4j.local);
      say(reused ? `Already running on ${uri}.` : `Started on ${uri} in ${seconds.toFixed(1)} s.`);
      say(`User neo4j, password in ${instance.dir}/password. Stop it with: npm run neo4j -- stop`);
    });

  neo4j
    .command('stop')
    .description('Stop the local Neo4j (SIGTERM; it takes about 10 s to shut down cleanly).')
    .action(async () => {
      const { wasRunning } = await devInstance(say).stop();
      say(wasRunning ? 'Stopped.' : 'It was not running.');
    });

  neo4j
    .command('status')
    .description('Say whether the local Neo4j is running, and where.')
    .option('--json', 'print the status as JSON')
    .action((options: { json?: boolean }) => {
      const status = devInstance(say).status();
      if (options.json) process.stdout.write(`${JSON.stringify(status)}\n`);
      else
        process.stdout.write(
          status.running
            ? `running (pid ${status.pid}) on ${status.uri}, data in ${status.dir}\n`
            : `not running (data in ${status.dir})\n`,
        );
    });

  return neo4j;
}
