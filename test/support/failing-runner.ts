import type { QueryRunner } from '../../src/db/query-runner';
import { ServiceUnavailableError } from '../../src/errors';

/**
 * The given runner on the real database, except that its write transaction number `failAt` fails at
 * once as if Neo4j had gone away: a fault injected at a chosen point, everything else real.
 */
export function failingRunner(real: QueryRunner, failAt: number): QueryRunner {
  let writes = 0;
  return new Proxy(real, {
    get(target, property) {
      if (property === 'writeTransaction') {
        return (...args: Parameters<QueryRunner['writeTransaction']>) => {
          writes += 1;
          if (writes === failAt) return Promise.reject(new ServiceUnavailableError('Neo4j is not reachable'));
          return target.writeTransaction(...args);
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
