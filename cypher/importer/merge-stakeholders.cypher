// One batch of stakeholders; the document is authoritative for each one's properties and community.
UNWIND $rows AS row
OPTIONAL MATCH (old:Stakeholder {id: row.id})
WITH row,
  CASE
    WHEN old IS NULL THEN 'created'
    WHEN old.name = row.name AND old.sector = row.sector
      AND coalesce(old.type, '') = coalesce(row.type, '')
      AND coalesce(old.description, '') = coalesce(row.description, '')
      AND coalesce(old.website, '') = coalesce(row.website, '')
      AND [(old)-[:BASED_IN]->(c:Community) | c.id] = [row.community]
      THEN 'unchanged'
    ELSE 'updated'
  END AS outcome
CALL (row, outcome) {
  WITH row, outcome
  WHERE outcome = 'created'
  MATCH (t:Community {id: row.community})
  CREATE (s:Stakeholder {id: row.id})-[:BASED_IN]->(t)
  SET s.name = row.name, s.sector = row.sector, s.type = row.type, s.description = row.description,
    s.website = row.website
}
CALL (row, outcome) {
  WITH row, outcome
  WHERE outcome = 'updated'
  MATCH (s:Stakeholder {id: row.id})
  SET s.name = row.name, s.sector = row.sector, s.type = row.type, s.description = row.description,
    s.website = row.website
  WITH s, row
  CALL (s, row) {
    MATCH (s)-[stale:BASED_IN]->(other:Community)
    WHERE other.id <> row.community
    DELETE stale
  }
  CALL (s, row) {
    MATCH (t:Community {id: row.community})
    MERGE (s)-[:BASED_IN]->(t)
  }
}
RETURN outcome, count(*) AS rows
