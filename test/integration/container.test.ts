import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../src/local-neo4j/local-neo4j';
import { projectRoot } from '../../src/paths';
import { startTestServer, waitForReady, type TestServer } from '../support/test-server';

/**
 * This machine has no Docker engine, so the image is checked by what it is made of: its Dockerfile,
 * .dockerignore and compose file, and its HEALTHCHECK command run for real against a server.
 */
const root = projectRoot();
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const dockerfile = read('Dockerfile');

/** The HEALTHCHECK's exec-form command, as Docker would run it. */
function healthcheckCommand(): string[] {
  const match = /^HEALTHCHECK[^\n]*\\\n\s*CMD (\[.*\])$/m.exec(dockerfile);
  if (!match) throw new Error('Dockerfile has no exec-form HEALTHCHECK … CMD [...]');
  return JSON.parse(match[1]!) as string[];
}

/** Runs the HEALTHCHECK in a child process (asynchronously: the server answers from this one). */
function runHealthcheck(port: number): Promise<number> {
  const [command, ...args] = healthcheckCommand();
  expect(command).toBe('node');
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env: { ...process.env, PORT: String(port) } }, (error) =>
      resolve(error ? Number(error.code ?? -1) : 0),
    );
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the Docker image', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer();
    await waitForReady(api.url);
  });
  afterAll(() => api?.close());

  it('is built and run on Node 22 LTS', () => {
    const bases = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(bases).toEqual(['node:22-bookworm-slim', 'node:22-bookworm-slim']);
  });

  it('reports healthy only while GET /ready answers 200', async () => {
    expect(await runHealthcheck(api.server.port)).toBe(0);
    expect(await runHealthcheck(await freePort())).toBe(1);
  });

  it('holds no bench or test files: none are copied, both are ignored, and the app imports neither', () => {
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(' '));
    expect(copied).toEqual([
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'src',
      'web',
      'cypher',
      'schema',
      'locales',
      'seed',
    ]);
    const ignored = read('.dockerignore').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['bench', 'test', '.env', '.neo4j']));
    const importsOutside = filesUnder(join(root, 'src'))
      .filter((file) => /from '(\.\.\/)+(bench|test)\//.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(root.length + 1));
    expect(importsOutside).toEqual([]);
  });

  it('is restarted by compose when it stops, as is Neo4j', () => {
    const compose = read('docker-compose.yml');
    const services = compose.split(/^ {2}(?=\w[\w-]*:\n)/m).slice(1);
    const restart = Object.fromEntries(
      services.map((block) => [block.slice(0, block.indexOf(':')), /^ {4}restart: (\S+)$/m.exec(block)?.[1]]),
    );
    expect(restart).toEqual({ neo4j: 'unless-stopped', api: 'unless-stopped' });
  });
});
