import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CypherCatalog } from '../../src/db/cypher-catalog';

describe('CypherCatalog', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-'));
  mkdirSync(join(dir, 'stakeholders'));
  writeFileSync(
    join(dir, 'stakeholders', 'find-by-ids.cypher'),
    'UNWIND $ids AS id MATCH (s:Stakeholder {id: id}) RETURN s\n',
  );

  it('names each query by its path under cypher/ without the extension', () => {
    const catalog = CypherCatalog.load(dir);
    expect(catalog.require('stakeholders/find-by-ids')).toEqual({
      name: 'stakeholders/find-by-ids',
      text: 'UNWIND $ids AS id MATCH (s:Stakeholder {id: id}) RETURN s',
    });
  });

  it('fails on a missing query, naming the file to create', () => {
    expect(() => CypherCatalog.load(dir).require('stakeholders/delete')).toThrow(
      'missing cypher file: cypher/stakeholders/delete.cypher',
    );
  });
});
