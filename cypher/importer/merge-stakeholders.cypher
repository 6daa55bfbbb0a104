// One batch of stakeholders; the document is authoritative for each one's properties and community.
// Each row is classified against what is stored, then only the branch for its outcome runs: the node
// found by the classification is reused, so a row costs one id look-up plus what it writes.
UNWIND $rows AS row
OPTIONAL MATCH (old:Stakeholder {id: row.id})
WITH row, old,
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
  // The planner would look the community up before testing the outcome; a null id finds nothing at
  // once, so rows that are not created do no look-up.
  MATCH (t:Community {id: CASE outcome WHEN 'created' THEN row.community END})
  CREATE (s:Stakeholder {id: row.id})-[:BASED_IN]->(t)
  SET s.name = row.name, s.sector = row.sector, s.type = row.type, s.description = row.description,
    s.website = row.website
}
CALL (row, outcome, old) {
  WITH row, outcome, old AS s
  WHERE outcome = 'updated'
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
