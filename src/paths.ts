import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding package.json, found upwards from this file so it works from src/ and dist/src/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

export const cypherDir = (): string => join(projectRoot(), 'cypher');
export const neo4jRoot = (): string => process.env.NEO4J_LOCAL_DIR ?? join(projectRoot(), '.neo4j');
/** The dashboard and IDE bundle that `npm run build` writes (vite, from web/). */
export const webDir = (): string => join(projectRoot(), 'dist', 'web');
