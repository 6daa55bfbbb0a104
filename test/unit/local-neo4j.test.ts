import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPrerequisites, LocalNeo4j, PrerequisiteError } from '../../src/local-neo4j/local-neo4j';

describe('the local Neo4j without Java', () => {
  const javaHome = process.env.JAVA_HOME;
  beforeEach(() => {
    process.env.JAVA_HOME = '/nonexistent-java-home';
  });
  afterEach(() => {
    if (javaHome === undefined) delete process.env.JAVA_HOME;
    else process.env.JAVA_HOME = javaHome;
  });

  it('fails with one message naming what is missing and the two other ways to a Neo4j', () => {
    expect(() => checkPrerequisites(false)).toThrow(PrerequisiteError);
    expect(() => checkPrerequisites(false)).toThrow(
      /Java 17\+ was not found[\s\S]*docker compose up[\s\S]*NEO4J_URI/,
    );
  });

  it('changes nothing on disk when it cannot start', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'pg-neo4j-')), '.neo4j');
    const instance = new LocalNeo4j(root).instance('dev');
    await expect(instance.start({ port: 7999, heap: '512m', pageCache: '64m' })).rejects.toBeInstanceOf(
      PrerequisiteError,
    );
    expect(existsSync(root)).toBe(false);
  });
});
