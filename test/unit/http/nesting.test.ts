import { tooDeepQuery, tooDeepValue } from '../../../src/http/nesting';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
};

describe('nesting of JSON values', () => {
  it('counts objects and arrays as one level each, scalars as none', () => {
    expect(tooDeepValue({ a: [{ b: 1 }] }, 3)).toBeNull();
    expect(tooDeepValue({ a: [{ b: 1 }] }, 2)).toEqual({ depth: 3, where: '$.a[0]' });
    expect(tooDeepValue('text', 0)).toBeNull();
  });

  it('names the first path past the limit, for any depth, without overflowing the stack', () => {
    expect(tooDeepValue(nested(200_000), 64)).toEqual({
      depth: 65,
      where: '$' + '[0].a'.repeat(32),
    });
  });
});

describe('nesting of query text', () => {
  it('counts {, [ and ( and names the line and column where the limit is crossed', () => {
    expect(tooDeepQuery('{ a(x: [1]) { b } }', 3)).toBeNull();
    expect(tooDeepQuery('{ a(x: [1]) { b } }', 2)).toEqual({ depth: 3, where: '1:8' });
    expect(tooDeepQuery('query {\n  a(x: {y: [1]})\n}', 3)).toEqual({ depth: 4, where: '2:12' });
  });

  it('ignores brackets inside strings, block strings and comments', () => {
    const query = '{ a(x: "{{{[[[", y: """ ((( \\""" {{ """) # {{{{{\n { b } }';
    expect(tooDeepQuery(query, 2)).toBeNull();
  });

  it('finds a literal thousands of levels deep', () => {
    const literal = '{a:'.repeat(5000) + '1' + '}'.repeat(5000);
    expect(tooDeepQuery(`mutation { importNetwork(document: ${literal}) { dryRun } }`, 64)?.depth).toBe(65);
  });
});
