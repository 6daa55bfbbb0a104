import { spawnCli } from './cli-process';
import { testConnection } from './test-database';

/** Runs the CLI against the suite's database; resolves with the exit code and both streams. */
export function cliOnTestDatabase(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const connection = testConnection();
  const child = spawnCli(args, {
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
