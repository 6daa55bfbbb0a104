import { seededRandom } from '../../../src/analytics/network/adjacency';
import { topVertices } from '../../../src/analytics/top-k';

describe('topVertices', () => {
  const values = [0.5, 0.9, 0.5, 0.1, 0.9];

  it('takes the highest values first, ties by vertex', () => {
    expect(topVertices(values, 3)).toEqual([1, 4, 0]);
  });

  it('returns every vertex when the limit is above their number, and none for 0', () => {
    expect(topVertices(values, 10)).toEqual([1, 4, 0, 2, 3]);
    expect(topVertices(values, 0)).toEqual([]);
    expect(topVertices([], 5)).toEqual([]);
  });

  it('agrees with sorting every vertex', () => {
    const random = seededRandom(7);
    // Few distinct values, so that ties are common.
    const many = Array.from({ length: 2_000 }, () => Math.floor(random() * 50) / 50);
    const sorted = many.map((_, v) => v).sort((x, y) => many[y]! - many[x]! || x - y);
    for (const limit of [1, 10, 100, 2_000]) expect(topVertices(many, limit)).toEqual(sorted.slice(0, limit));
  });
});
