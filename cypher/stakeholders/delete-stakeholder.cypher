// No row back means there was no such stakeholder.
MATCH (s:Stakeholder {id: $id})
OPTIONAL MATCH (s)-[m:MEMBER_OF]->(:Partnership)
WITH s, count(m) AS removedMemberships
// Its assets go with it: an asset is always one stakeholder's offer.
CALL (s) {
  MATCH (s)-[:OFFERS]->(a:Asset)
  DETACH DELETE a
}
DETACH DELETE s
RETURN removedMemberships
