// One batch of partnership–need links. Links are only ever added (MERGE): a document that leaves one
// out does not remove it, so a missing addressed-needs.csv never deletes what is stored.
UNWIND $rows AS row
MATCH (p:Partnership {id: row.partnership})
MATCH (n:Need {id: row.need})
WITH row, p, n, EXISTS { (p)-[:ADDRESSES]->(n) } AS present
CALL (p, n, present) {
  WITH p, n, present
  WHERE NOT present
  CREATE (p)-[:ADDRESSES]->(n)
}
RETURN CASE WHEN present THEN 'unchanged' ELSE 'created' END AS outcome, count(*) AS rows
