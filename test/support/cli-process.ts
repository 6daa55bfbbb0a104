import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { projectRoot } from '../../src/paths';

/**
 * The child compiles the TypeScript sources with swc on the fly (as jest does), then runs the CLI
 * program exactly as src/cli/main.ts does, so tests need no build.
 */
const BOOT = `
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');
const { $schema, ...options } = JSON.parse(readFileSync('.swcrc', 'utf8'));
require.extensions['.ts'] = (module, filename) =>
  module._compile(transformSync(readFileSync(filename, 'utf8'), { ...options, filename, swcrc: false }).code, filename);
require('reflect-metadata');
require('./src/cli/main.ts')
  .buildProgram()
  .parseAsync(['node', 'partnership-graph', ...process.argv.slice(1)])
  .catch((error) => {
    process.stderr.write('error: ' + (error instanceof Error ? error.message : String(error)) + '\\n');
    process.exit(1);
  });
`;

/** `partnership-graph <args>` in a child process, from the project root. */
export function spawnCli(args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['-e', BOOT, ...args], {
    cwd: projectRoot(),
    env: { ...process.env, ...env },
  });
}
