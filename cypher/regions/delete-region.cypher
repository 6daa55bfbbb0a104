// Deletes the region with its communities and their stakeholders (and so their memberships).
// Partnerships belong to no community and stay.
MATCH (r:Region {id: $id})
OPTIONAL MATCH (c:Community)-[:PART_OF]->(r)
OPTIONAL MATCH (s:Stakeholder)-[:BASED_IN]->(c)
WITH r, collect(DISTINCT c) AS communities, collect(DISTINCT s) AS stakeholders
// The communities' needs and the stakeholders' assets go with them.
CALL (r) {
  MATCH (r)<-[:PART_OF]-(:Community)<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a:Asset)
  DETACH DELETE a
}
CALL (r) {
  MATCH (r)<-[:PART_OF]-(:Community)<-[:NEED_OF]-(n:Need)
  DETACH DELETE n
}
FOREACH (s IN stakeholders | DETACH DELETE s)
FOREACH (c IN communities | DETACH DELETE c)
DETACH DELETE r
