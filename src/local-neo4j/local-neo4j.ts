/**
 * The project's own Neo4j Community server, run from Neo4j's Maven Central artifacts with the machine's
 * Java 17+ (no Docker, no tarball download). Layout under the root (default .neo4j/, git-ignored):
 *
 *   lib-<version>/        the server's jars, copied there by Maven once
 *   <instance>/           conf/, data/, logs/, run/, password, instance.json — one per server
 *
 * The entry points, JVM flags and config keys it uses are those of Neo4j 5.26 Community itself.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  closeSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { QueryRunner } from '../db/query-runner';

/** The one place the Neo4j version is pinned: 5.26 LTS, the last line that runs on Java 17. */
export const NEO4J_VERSION = '5.26.30';
const MIN_JAVA = 17;
const SERVER_CLASS = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';

export class PrerequisiteError extends Error {}

export interface InstanceOptions {
  port: number;
  heap: string;
  pageCache: string;
}

export interface InstanceStatus {
  name: string;
  running: boolean;
  pid: number | null;
  port: number | null;
  uri: string | null;
  dir: string;
}

type Log = (message: string) => void;

function commandOutput(command: string, args: string[]): string | null {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return `${result.stdout}${result.stderr}`;
}

export function javaCommand(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

const OTHER_WAYS =
  'Other ways to a Neo4j 5: `docker compose up` (see docker-compose.yml), or set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD to any Neo4j 5 server.';

/** Fails with one message naming every missing tool and the two other ways in. Changes nothing. */
export function checkPrerequisites(needMaven: boolean): { java: string; maven: string | null } {
  const problems: string[] = [];
  const javaOut = commandOutput(javaCommand(), ['-version']);
  const javaMatch = javaOut ? /version "(\d+)(?:\.(\d+))?/.exec(javaOut) : null;
  let java = 'missing';
  if (!javaMatch) problems.push(`Java ${MIN_JAVA}+ was not found (tried \`${javaCommand()} -version\`).`);
  else {
    const major = Number(javaMatch[1] === '1' ? javaMatch[2] : javaMatch[1]);
    java = String(major);
    if (major < MIN_JAVA)
      problems.push(`Java ${major} is too old: Neo4j ${NEO4J_VERSION} needs Java ${MIN_JAVA}+.`);
  }
  let maven: string | null = null;
  if (needMaven) {
    const mvnOut = commandOutput('mvn', ['-v']);
    const mvnMatch = mvnOut ? /Apache Maven (\d+)\.(\d+)/.exec(mvnOut) : null;
    if (!mvnMatch)
      problems.push('Maven (mvn) was not found; it fetches Neo4j from Maven Central on first use.');
    else {
      maven = `${mvnMatch[1]}.${mvnMatch[2]}`;
      if (Number(mvnMatch[1]) < 3 || (Number(mvnMatch[1]) === 3 && Number(mvnMatch[2]) < 6)) {
        problems.push(`Maven ${maven} is too old: 3.6 or newer is needed.`);
      }
    }
  }
  if (problems.length > 0) {
    throw new PrerequisiteError(`Cannot run a local Neo4j:\n  - ${problems.join('\n  - ')}\n${OTHER_WAYS}`);
  }
  return { java, maven };
}

export class LocalNeo4j {
  constructor(
    readonly root: string,
    private readonly log: Log = () => undefined,
  ) {}

  get libDir(): string {
    return join(this.root, `lib-${NEO4J_VERSION}`);
  }

  get isProvisioned(): boolean {
    return existsSync(join(this.libDir, '.complete'));
  }

  /** Copies Neo4j's jars from Maven Central once; later calls return at once. */
  provision(): { seconds: number; fresh: boolean } {
    if (this.isProvisioned) return { seconds: 0, fresh: false };
    checkPrerequisites(true);
    const started = Date.now();
    const work = join(this.root, `.provision-${process.pid}-${randomBytes(3).toString('hex')}`);
    mkdirSync(work, { recursive: true });
    this.log(
      `Provisioning Neo4j ${NEO4J_VERSION} Community from Maven Central into ${this.libDir} (first use only)…`,
    );
    writeFileSync(join(work, 'pom.xml'), pom());
    const result = spawnSync(
      'mvn',
      [
        '-q',
        '-B',
        'dependency:copy-dependencies',
        `-DoutputDirectory=${join(work, 'lib')}`,
        '-DincludeScope=runtime',
      ],
      { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (result.status !== 0) {
      rmSync(work, { recursive: true, force: true });
      throw new Error(
        `Maven could not fetch Neo4j ${NEO4J_VERSION}:\n${result.stdout}${result.stderr}\n${OTHER_WAYS}`,
      );
    }
    writeFileSync(join(work, 'lib', '.complete'), `${NEO4J_VERSION}\n`);
    // A rename is atomic: a concurrent or interrupted provisioning never leaves a half-filled lib dir.
    try {
      renameSync(join(work, 'lib'), this.libDir);
    } catch (error) {
      if (!this.isProvisioned) throw error;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    const seconds = (Date.now() - started) / 1000;
    this.log(`Neo4j ${NEO4J_VERSION} provisioned in ${seconds.toFixed(1)} s.`);
    return { seconds, fresh: true };
  }

  instance(name: string): LocalInstance {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`invalid instance name '${name}'`);
    return new LocalInstance(this, name, join(this.root, name), this.log);
  }
}

interface InstanceFile {
  pid: number;
  port: number;
  version: string;
}

export class LocalInstance {
  constructor(
    private readonly owner: LocalNeo4j,
    readonly name: string,
    readonly dir: string,
    private readonly log: Log,
  ) {}

  private path(...parts: string[]): string {
    return join(this.dir, ...parts);
  }

  private readInstanceFile(): InstanceFile | null {
    try {
      return JSON.parse(readFileSync(this.path('instance.json'), 'utf8')) as InstanceFile;
    } catch {
      return null;
    }
  }

  /** The password set on first start; stored beside the data with owner-only permissions. */
  password(): string {
    return readFileSync(this.path('password'), 'utf8').trim();
  }

  status(): InstanceStatus {
    const file = this.readInstanceFile();
    const running = file !== null && isOurServer(file.pid, this.dir);
    return {
      name: this.name,
      running,
      pid: running ? file.pid : null,
      port: file?.port ?? null,
      uri: file ? `bolt://127.0.0.1:${file.port}` : null,
      dir: this.dir,
    };
  }

  /** Starts the server, or reuses the one already running; resolves once Bolt answers a query. */
  async start(
    options: InstanceOptions,
    timeoutMs = 120_000,
  ): Promise<{ reused: boolean; seconds: number; uri: string }> {
    const started = Date.now();
    const current = this.status();
    if (current.running && current.uri) {
      await this.waitUntilReachable(current.uri, current.pid ?? 0, timeoutMs);
      return { reused: true, seconds: (Date.now() - started) / 1000, uri: current.uri };
    }
    checkPrerequisites(!this.owner.isProvisioned);
    this.owner.provision();
    if (!(await portIsFree(options.port))) {
      throw new Error(
        `port ${options.port} on 127.0.0.1 is in use by another program; set NEO4J_LOCAL_PORT to a free port`,
      );
    }
    for (const sub of ['conf', 'data', 'logs', 'run']) mkdirSync(this.path(sub), { recursive: true });
    writeFileSync(this.path('conf', 'neo4j.conf'), neo4jConf(this.dir, options));
    if (!existsSync(this.path('data', 'dbms', 'auth.ini'))) this.setInitialPassword();

    const out = openSync(this.path('logs', 'console.log'), 'a');
    const child = spawn(
      javaCommand(),
      [
        ...jvmArgs(this.owner.libDir, options),
        SERVER_CLASS,
        `--home-dir=${this.dir}`,
        `--config-dir=${this.path('conf')}`,
      ],
      {
        cwd: this.dir,
        detached: true,
        stdio: ['ignore', out, out],
      },
    );
    closeSync(out);
    child.unref();
    const pid = child.pid;
    if (pid === undefined) throw new Error('could not start java');
    writeFileSync(
      this.path('instance.json'),
      JSON.stringify({ pid, port: options.port, version: NEO4J_VERSION }),
    );
    const uri = `bolt://127.0.0.1:${options.port}`;
    try {
      await this.waitUntilReachable(uri, pid, timeoutMs);
    } catch (error) {
      await this.stop();
      throw new Error(
        `Neo4j did not start: ${(error as Error).message}\n--- ${this.path('logs', 'neo4j.log')} (last lines) ---\n${this.logTail()}`,
      );
    }
    return { reused: false, seconds: (Date.now() - started) / 1000, uri };
  }

  /** SIGTERM, then SIGKILL after 30 s; safe to call when it is not running. */
  async stop(): Promise<{ wasRunning: boolean }> {
    const file = this.readInstanceFile();
    if (!file || !isOurServer(file.pid, this.dir)) return { wasRunning: false };
    process.kill(file.pid, 'SIGTERM');
    const deadline = Date.now() + 30_000;
    while (isAlive(file.pid) && Date.now() < deadline) await sleep(200);
    if (isAlive(file.pid)) process.kill(file.pid, 'SIGKILL');
    while (isAlive(file.pid)) await sleep(100);
    return { wasRunning: true };
  }

  /** Kills the server at once and deletes its folder: for throwaway test instances, whose data is discarded. */
  async destroy(): Promise<void> {
    const file = this.readInstanceFile();
    if (file && isOurServer(file.pid, this.dir)) {
      process.kill(file.pid, 'SIGKILL');
      while (isAlive(file.pid)) await sleep(50);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  logTail(lines = 30): string {
    try {
      return readFileSync(this.path('logs', 'neo4j.log'), 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no neo4j.log yet)';
    }
  }

  private setInitialPassword(): void {
    // Hex, not base64url: a password starting with '-' would be read by neo4j-admin as an option.
    const password = randomBytes(18).toString('hex');
    const result = spawnSync(
      javaCommand(),
      ['-cp', `${this.owner.libDir}/*`, ADMIN_CLASS, 'dbms', 'set-initial-password', password],
      { env: { ...process.env, NEO4J_HOME: this.dir, NEO4J_CONF: this.path('conf') }, encoding: 'utf8' },
    );
    if (result.status !== 0)
      throw new Error(`could not set the initial password:\n${result.stdout}${result.stderr}`);
    writeFileSync(this.path('password'), `${password}\n`, { mode: 0o600 });
  }

  private async waitUntilReachable(uri: string, pid: number, timeoutMs: number): Promise<void> {
    const runner = QueryRunner.connect({
      uri,
      username: 'neo4j',
      password: this.password(),
      database: 'neo4j',
      queryTimeoutMs: 10_000,
      connectTimeoutMs: 2_000,
    });
    try {
      await runner.waitUntilReachable(timeoutMs, () => isAlive(pid));
    } finally {
      await runner.close();
    }
    this.log(`Neo4j '${this.name}' is up on ${uri}.`);
  }
}

function pom(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.partnership-graph</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>${NEO4J_VERSION}</version>
    </dependency>
  </dependencies>
</project>
`;
}

function neo4jConf(dir: string, options: InstanceOptions): string {
  return [
    `server.directories.data=${join(dir, 'data')}`,
    `server.directories.logs=${join(dir, 'logs')}`,
    `server.directories.run=${join(dir, 'run')}`,
    'server.default_listen_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${options.port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.pagecache.size=${options.pageCache}`,
    'db.transaction.timeout=30s',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    '',
  ].join('\n');
}

/** The heap must be given to the JVM directly: neo4j.conf's heap keys are read only by the launcher script. */
function jvmArgs(libDir: string, options: InstanceOptions): string[] {
  return [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-XX:ActiveProcessorCount=2',
    // What Neo4j's own launcher passes by default (its neo4j.conf's server.jvm.additional), except
    // -XX:+AlwaysPreTouch, which would add seconds to every start by touching the whole heap.
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-XX:-OmitStackTraceInFastThrow',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-cp',
    `${libDir}/*`,
  ];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Alive and really this instance's Neo4j (guards against a recycled pid). */
function isOurServer(pid: number, dir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(SERVER_CLASS) && cmdline.includes(dir);
  } catch {
    return true; // no /proc (macOS): trust the pid
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** An unused TCP port on 127.0.0.1 (for throwaway test instances). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
