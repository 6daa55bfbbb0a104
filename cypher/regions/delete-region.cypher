// Deletes the region with its communities and their stakeholders (and so their memberships).
// Partnerships belong to no community and stay.
MATCH (r:Region {id: $id})
OPTIONAL MATCH (c:Community)-[:PART_OF]->(r)
OPTIONAL MATCH (s:Stakeholder)-[:BASED_IN]->(c)
WITH r, collect(DISTINCT c) AS communities, collect(DISTINCT s) AS stakeholders
FOREACH (s IN stakeholders | DETACH DELETE s)
FOREACH (c IN communities | DETACH DELETE c)
DETACH DELETE r
