// One batch of needs; the document is authoritative for each one's properties and its community.
// Each row is classified against what is stored, then only the branch for its outcome runs.
// row.themeKey is the normalised theme (src/domain/themes.ts), stored for the list filter.
UNWIND $rows AS row
OPTIONAL MATCH (old:Need {id: row.id})
WITH row, old,
  CASE
    WHEN old IS NULL THEN 'created'
    WHEN old.name = row.name AND old.theme = row.theme AND old.priority = row.priority
      AND coalesce(old.targetGroup, '') = coalesce(row.targetGroup, '')
      AND coalesce(toString(old.identifiedOn), '') = coalesce(row.identifiedOn, '')
      AND coalesce(old.description, '') = coalesce(row.description, '')
      AND [(old)-[:NEED_OF]->(c:Community) | c.id] = [row.community]
      THEN 'unchanged'
    ELSE 'updated'
  END AS outcome
CALL (row, outcome) {
  WITH row, outcome
  WHERE outcome = 'created'
  MATCH (t:Community {id: CASE outcome WHEN 'created' THEN row.community END})
  CREATE (n:Need {id: row.id})-[:NEED_OF]->(t)
  SET n.name = row.name, n.theme = row.theme, n.themeKey = row.themeKey, n.priority = row.priority,
    n.targetGroup = row.targetGroup, n.identifiedOn = date(row.identifiedOn), n.description = row.description
}
CALL (row, outcome, old) {
  WITH row, outcome, old AS n
  WHERE outcome = 'updated'
  SET n.name = row.name, n.theme = row.theme, n.themeKey = row.themeKey, n.priority = row.priority,
    n.targetGroup = row.targetGroup, n.identifiedOn = date(row.identifiedOn), n.description = row.description
  WITH n, row
  CALL (n, row) {
    MATCH (n)-[stale:NEED_OF]->(other:Community)
    WHERE other.id <> row.community
    DELETE stale
  }
  CALL (n, row) {
    MATCH (t:Community {id: row.community})
    MERGE (n)-[:NEED_OF]->(t)
  }
}
RETURN outcome, count(*) AS rows
