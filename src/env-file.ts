import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

export type MutableEnv = Record<string, string | undefined>;

/** Where the settings file is read from: ENV_FILE if set, else `.env` in the working directory. */
export function envFilePath(env: MutableEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.ENV_FILE ?? '.env');
}

/**
 * Reads a dotenv file (`NAME=value`, `#` comments, quotes, `export NAME=…`) into `env`, leaving every
 * variable that is already set alone: the environment takes precedence over the file. A missing file
 * is no error unless ENV_FILE named it. Returns the names the file supplied.
 */
export function loadEnvFile(env: MutableEnv = process.env, cwd = process.cwd()): string[] {
  const path = envFilePath(env, cwd);
  if (!existsSync(path)) {
    if (env.ENV_FILE !== undefined) throw new Error(`ENV_FILE=${env.ENV_FILE}: no such file (${path})`);
    return [];
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the settings file ${path}: ${(error as Error).message}`);
  }
  const supplied: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    supplied.push(name);
  }
  return supplied;
}
