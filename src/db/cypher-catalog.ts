import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * One named Cypher statement, as read from cypher/<feature>/<verb-noun>.cypher. `Row` is the shape of
 * one row it returns (declared next to the file's name in the feature's `*.queries.ts`); the runner's
 * `read`/`write` return `Row[]`. It is a phantom: nothing at run time checks it.
 */
export interface Query<Row = unknown> {
  /** '<feature>/<verb-noun>', the file's path under cypher/ without the extension. */
  readonly name: string;
  readonly text: string;
  /** Carries the row type only (method syntax keeps typed and untyped queries assignable both ways). */
  rowType?(row: Row): void;
}

/** A query's name with the row type it returns, declared in a feature's `*.queries.ts`. */
export interface QueryRef<Row> {
  readonly name: string;
  rowType?(row: Row): void;
}

/** Declares a .cypher file's row type: `cypher<{ key: string; node: StakeholderNode }>('stakeholders/…')`. */
export function cypher<Row>(name: string): QueryRef<Row> {
  return { name };
}

/** A feature's declared queries, loaded: the same keys, each a runnable Query of its row type. */
export type Loaded<Refs> = { [K in keyof Refs]: Refs[K] extends QueryRef<infer Row> ? Query<Row> : never };

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

  require<Row = unknown>(ref: string | QueryRef<Row>): Query<Row> {
    const name = typeof ref === 'string' ? ref : ref.name;
    const query = this.queries.get(name);
    if (!query) throw new Error(`missing cypher file: ${this.shownAs}/${name}.cypher`);
    return query;
  }

  /** Every query a feature declares, loaded at once (a missing file fails start-up). */
  requireAll<Refs extends Record<string, QueryRef<never>>>(refs: Refs): Loaded<Refs> {
    return Object.fromEntries(
      Object.entries(refs).map(([key, ref]) => [key, this.require(ref.name)]),
    ) as Loaded<Refs>;
  }

  /** Queries under one folder, in file-name order (used for cypher/schema/). */
  folder(prefix: string): Query[] {
    return [...this.queries.values()].filter((q) => q.name.startsWith(`${prefix}/`));
  }

  all(): Query[] {
    return [...this.queries.values()];
  }
}
