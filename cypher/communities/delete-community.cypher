// Deletes the community with its stakeholders (and so their memberships).
MATCH (c:Community {id: $id})
OPTIONAL MATCH (s:Stakeholder)-[:BASED_IN]->(c)
WITH c, collect(DISTINCT s) AS stakeholders
// Its needs and its stakeholders' assets go with it.
CALL (c) {
  MATCH (c)<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a:Asset)
  DETACH DELETE a
}
CALL (c) {
  MATCH (n:Need)-[:NEED_OF]->(c)
  DETACH DELETE n
}
FOREACH (s IN stakeholders | DETACH DELETE s)
DETACH DELETE c
