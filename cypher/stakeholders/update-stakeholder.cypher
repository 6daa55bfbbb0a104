// $communityId null keeps the community; the service has checked that a given community exists.
MATCH (s:Stakeholder {id: $id})
SET s += $changes
WITH s
CALL (s) {
  MATCH (c:Community {id: $communityId})
  OPTIONAL MATCH (s)-[old:BASED_IN]->(:Community)
  DELETE old
  MERGE (s)-[:BASED_IN]->(c)
}
RETURN s AS node
