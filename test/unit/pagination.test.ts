import { BadUserInputError } from '../../src/errors';
import { decodeCursor, encodeCursor, toConnection } from '../../src/graphql/pagination';

describe('page cursors', () => {
  it('round-trip the ordering, sort key and id, and are opaque base64url', () => {
    const cursor = encodeCursor('NAME_ASC', { key: 'escola básica', id: 'school-1' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('school');
    expect(decodeCursor(cursor, 'NAME_ASC')).toEqual({ key: 'escola básica', id: 'school-1' });
  });

  it.each([
    ['garbage', 'not a cursor issued by this API'],
    [Buffer.from('pg1:{"a":1}').toString('base64url'), 'not a cursor issued by this API'],
    [Buffer.from('pg1:["NAME_ASC","k"]').toString('base64url'), 'not a cursor issued by this API'],
    [Buffer.from('pg1:[not json').toString('base64url'), 'not a cursor issued by this API'],
  ])('refuse %s as BAD_USER_INPUT', (cursor, why) => {
    expect(() => decodeCursor(cursor, 'NAME_ASC')).toThrow(BadUserInputError);
    expect(() => decodeCursor(cursor, 'NAME_ASC')).toThrow(`after: ${why}`);
  });

  it('refuse a cursor of another ordering', () => {
    const cursor = encodeCursor('STARTED_ON_ASC', { key: '2024-01-01', id: 'p' });
    expect(() => decodeCursor(cursor, 'NAME_ASC')).toThrow(
      'after: the cursor belongs to the ordering STARTED_ON_ASC, not NAME_ASC',
    );
  });
});

describe('toConnection', () => {
  const rows = ['a', 'b', 'c'].map((id) => ({ key: id.toUpperCase(), node: { id } }));

  it('cuts the extra row off and reports a next page', () => {
    const connection = toConnection(
      { totalCount: 7, rows },
      { first: 2, after: null, order: 'NAME_ASC', withTotal: true },
    );
    expect(connection.nodes).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(connection.totalCount).toBe(7);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(connection.pageInfo.endCursor).toBe(encodeCursor('NAME_ASC', { key: 'B', id: 'b' }));
  });

  it('reports the last page with a null end cursor when it is empty', () => {
    const connection = toConnection(
      { totalCount: 3, rows: [] },
      { first: 2, after: null, order: 'NAME_ASC', withTotal: true },
    );
    expect(connection.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
