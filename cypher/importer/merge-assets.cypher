// One batch of assets; the document is authoritative for each one's properties and its stakeholder.
// Each row is classified against what is stored, then only the branch for its outcome runs.
// row.themeKeys are the normalised themes (src/domain/themes.ts), stored for the list filter.
UNWIND $rows AS row
OPTIONAL MATCH (old:Asset {id: row.id})
WITH row, old,
  CASE
    WHEN old IS NULL THEN 'created'
    WHEN old.name = row.name AND old.kind = row.kind AND coalesce(old.themes, []) = row.themes
      AND coalesce(old.description, '') = coalesce(row.description, '')
      AND [(s:Stakeholder)-[:OFFERS]->(old) | s.id] = [row.stakeholder]
      THEN 'unchanged'
    ELSE 'updated'
  END AS outcome
CALL (row, outcome) {
  WITH row, outcome
  WHERE outcome = 'created'
  MATCH (s:Stakeholder {id: CASE outcome WHEN 'created' THEN row.stakeholder END})
  CREATE (s)-[:OFFERS]->(a:Asset {id: row.id})
  SET a.name = row.name, a.kind = row.kind, a.themes = row.themes, a.themeKeys = row.themeKeys,
    a.description = row.description
}
CALL (row, outcome, old) {
  WITH row, outcome, old AS a
  WHERE outcome = 'updated'
  SET a.name = row.name, a.kind = row.kind, a.themes = row.themes, a.themeKeys = row.themeKeys,
    a.description = row.description
  WITH a, row
  CALL (a, row) {
    MATCH (other:Stakeholder)-[stale:OFFERS]->(a)
    WHERE other.id <> row.stakeholder
    DELETE stale
  }
  CALL (a, row) {
    MATCH (s:Stakeholder {id: row.stakeholder})
    MERGE (s)-[:OFFERS]->(a)
  }
}
RETURN outcome, count(*) AS rows
