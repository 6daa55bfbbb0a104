import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One named Cypher statement, as read from cypher/<feature>/<verb-noun>.cypher. */
export interface Query {
  /** '<feature>/<verb-noun>', the file's path under cypher/ without the extension. */
  readonly name: string;
  readonly text: string;
}

/**
 * Every .cypher file under a folder, read once at start-up. Services take their queries with
 * `require(name)` in their constructors, so a missing file fails start-up rather than a request.
 */
export class CypherCatalog {
  private constructor(
    private readonly queries: ReadonlyMap<string, Query>,
    private readonly shownAs: string,
  ) {}

  /**
   * `shownAs` is how error messages name the folder (the production catalog is cypher/; the tests and
   * benchmarks keep their own small catalogs beside them, never loaded by the service).
   */
  static load(dir: string, shownAs = 'cypher'): CypherCatalog {
    const queries = new Map<string, Query>();
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder).sort()) {
        const path = join(folder, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (entry.endsWith('.cypher')) {
          const name = relative(dir, path)
            .split(sep)
            .join('/')
            .replace(/\.cypher$/, '');
          const text = readFileSync(path, 'utf8').trim();
          if (text === '') throw new Error(`cypher file ${path} is empty`);
          queries.set(name, { name, text });
        }
      }
    };
    walk(dir);
    return new CypherCatalog(queries, shownAs);
  }

  require(name: string): Query {
    const query = this.queries.get(name);
    if (!query) throw new Error(`missing cypher file: ${this.shownAs}/${name}.cypher`);
    return query;
  }

  /** Queries under one folder, in file-name order (used for cypher/schema/). */
  folder(prefix: string): Query[] {
    return [...this.queries.values()].filter((q) => q.name.startsWith(`${prefix}/`));
  }

  all(): Query[] {
    return [...this.queries.values()];
  }
}
