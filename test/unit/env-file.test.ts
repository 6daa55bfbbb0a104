import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envFilePath, loadEnvFile, type MutableEnv } from '../../src/env-file';
import { spawnCli } from '../support/cli-process';

const folder = (): string => mkdtempSync(join(tmpdir(), 'pg-env-'));

function withFile(text: string): string {
  const dir = folder();
  writeFileSync(join(dir, '.env'), text);
  return dir;
}

describe('the .env file', () => {
  it('supplies the variables the environment leaves unset, with comments, quotes and export', () => {
    const dir = withFile('# local settings\nPORT=4100\nLOG_LEVEL="debug"\nexport HOST=127.0.0.2\n');
    const env: MutableEnv = {};
    expect(loadEnvFile(env, dir).sort()).toEqual(['HOST', 'LOG_LEVEL', 'PORT']);
    expect(env).toEqual({ PORT: '4100', LOG_LEVEL: 'debug', HOST: '127.0.0.2' });
  });

  it('never overrides a variable set in the environment, not even an empty one', () => {
    const dir = withFile('PORT=4100\nLOG_LEVEL=debug\n');
    const env: MutableEnv = { PORT: '5000', LOG_LEVEL: '' };
    expect(loadEnvFile(env, dir)).toEqual([]);
    expect(env).toEqual({ PORT: '5000', LOG_LEVEL: '' });
  });

  it('is optional in the working directory, but ENV_FILE must name a file that exists', () => {
    const dir = folder();
    const env: MutableEnv = {};
    expect(loadEnvFile(env, dir)).toEqual([]);
    expect(env).toEqual({});
    expect(() => loadEnvFile({ ENV_FILE: 'missing.env' }, dir)).toThrow(
      `ENV_FILE=missing.env: no such file (${join(dir, 'missing.env')})`,
    );
  });

  it('is read from where ENV_FILE points, relative to the working directory', () => {
    const dir = folder();
    writeFileSync(join(dir, 'staging.env'), 'NEO4J_DATABASE=staging\n');
    expect(envFilePath({ ENV_FILE: 'staging.env' }, dir)).toBe(join(dir, 'staging.env'));
    const env: MutableEnv = { ENV_FILE: 'staging.env' };
    loadEnvFile(env, dir);
    expect(env.NEO4J_DATABASE).toBe('staging');
  });
});

/** The CLI's exit and stderr, for a command that fails on its configuration before touching Neo4j. */
function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawnCli(args, env);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the CLI', () => {
  it('reads its settings from the .env file, and the environment wins over it', async () => {
    const dir = withFile('PORT=from-the-file\n');
    const fromFile = await runCli(['serve', '--no-seed'], { ENV_FILE: join(dir, '.env') });
    expect(fromFile.code).toBe(1);
    expect(fromFile.stderr).toContain('PORT');
    expect(fromFile.stderr).toContain('from-the-file');
    const fromEnv = await runCli(['serve', '--no-seed'], {
      ENV_FILE: join(dir, '.env'),
      PORT: 'from-the-env',
    });
    expect(fromEnv.code).toBe(1);
    expect(fromEnv.stderr).toContain('from-the-env');
    expect(fromEnv.stderr).not.toContain('from-the-file');
  });
});
