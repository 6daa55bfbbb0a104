import { Command } from 'commander';
import { loadConfig } from '../config';
import { startApp, stopOnSignals } from '../main';

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'Serve the GraphQL API on HOST:PORT (default http://127.0.0.1:4000/graphql). Without NEO4J_URI it starts the local Neo4j first.',
    )
    .action(async () => {
      const app = await startApp(loadConfig());
      stopOnSignals(app);
      process.stderr.write(`GraphQL API on ${app.server.url}/graphql (health: /health, readiness: /ready)\n`);
      if (app.localEditorKey !== null) {
        process.stderr.write(
          [
            'No API_KEYS or JWT configured and listening on loopback only: local mode.',
            '  Reads need no credentials; for writes use this EDITOR key (valid until the process stops):',
            `  Authorization: ApiKey ${app.localEditorKey}`,
            '',
          ].join('\n'),
        );
      }
    });
}
