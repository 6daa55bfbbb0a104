import { AnalyticsService } from '../../../src/analytics/analytics.service';
import { inlineEngine } from '../../../src/analytics/network/worker-pool';
import { CypherCatalog } from '../../../src/db/cypher-catalog';
import type { QueryRunner } from '../../../src/db/query-runner';
import { cypherDir } from '../../../src/paths';

describe('AnalyticsService.nextTurn', () => {
  // No query runs here: the runner is never called.
  const service = new AnalyticsService({} as QueryRunner, CypherCatalog.load(cypherDir()), {
    engine: inlineEngine,
  });

  it('gives each caller its own turn of the event loop, in call order', async () => {
    const order: string[] = [];
    const first = service.nextTurn().then(() => {
      order.push('first field');
      // Work that arrives while the first field computes (here an immediate, standing for a socket
      // read such as /health) is served before the second field's turn.
      setImmediate(() => order.push('other work'));
    });
    const second = service.nextTurn().then(() => order.push('second field'));
    const third = service.nextTurn().then(() => order.push('third field'));
    await Promise.all([first, second, third]);
    expect(order).toEqual(['first field', 'other work', 'second field', 'third field']);
  });
});
