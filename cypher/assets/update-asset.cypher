// $changes holds the plain properties given (null removes one); themes come with their keys.
// $stakeholderId null keeps the holder; the service has checked that a given stakeholder exists.
MATCH (a:Asset {id: $id})
SET a += $changes
WITH a
CALL (a) {
  MATCH (s:Stakeholder {id: $stakeholderId})
  OPTIONAL MATCH (:Stakeholder)-[old:OFFERS]->(a)
  DELETE old
  MERGE (s)-[:OFFERS]->(a)
}
RETURN a AS node, [(s:Stakeholder)-[:OFFERS]->(a) | s.id][0] AS stakeholderId
