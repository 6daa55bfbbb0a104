// One batch of communities; the document is authoritative for each one's properties and its region.
UNWIND $rows AS row
OPTIONAL MATCH (old:Community {id: row.id})
WITH row, old,
  CASE
    WHEN old IS NULL THEN 'created'
    WHEN old.name = row.name AND old.country = row.country AND old.kind = row.kind
      AND coalesce(old.population, -1) = coalesce(row.population, -1)
      AND [(old)-[:PART_OF]->(r:Region) | r.id] = [row.region]
      THEN 'unchanged'
    ELSE 'updated'
  END AS outcome
CALL (row, outcome) {
  WITH row, outcome
  WHERE outcome = 'created'
  // A null id finds nothing at once: rows that are not created do no region look-up.
  MATCH (t:Region {id: CASE outcome WHEN 'created' THEN row.region END})
  CREATE (c:Community {id: row.id})-[:PART_OF]->(t)
  SET c.name = row.name, c.country = row.country, c.kind = row.kind, c.population = row.population
}
CALL (row, outcome, old) {
  WITH row, outcome, old AS c
  WHERE outcome = 'updated'
  SET c.name = row.name, c.country = row.country, c.kind = row.kind, c.population = row.population
  WITH c, row
  CALL (c, row) {
    MATCH (c)-[stale:PART_OF]->(other:Region)
    WHERE other.id <> row.region
    DELETE stale
  }
  CALL (c, row) {
    MATCH (t:Region {id: row.region})
    MERGE (c)-[:PART_OF]->(t)
  }
}
RETURN outcome, count(*) AS rows
