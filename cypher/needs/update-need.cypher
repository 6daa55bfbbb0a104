// $changes holds the plain properties given (null removes one); identifiedOn is set only when flagged.
// $communityId null keeps the community; the service has checked that a given community exists.
MATCH (n:Need {id: $id})
SET n += $changes,
  n.identifiedOn = CASE WHEN $setIdentifiedOn THEN date($identifiedOn) ELSE n.identifiedOn END
WITH n
CALL (n) {
  MATCH (c:Community {id: $communityId})
  OPTIONAL MATCH (n)-[old:NEED_OF]->(:Community)
  DELETE old
  MERGE (n)-[:NEED_OF]->(c)
}
RETURN n AS node, [(n)-[:NEED_OF]->(c:Community) | c.id][0] AS communityId
