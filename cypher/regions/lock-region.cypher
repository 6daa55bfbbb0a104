// Takes the region's write lock before counting what it holds, so no community can join it unseen
// between this count and the delete in the same transaction.
MATCH (r:Region {id: $id})
SET r._lock = true
REMOVE r._lock
WITH r
OPTIONAL MATCH (c:Community)-[:PART_OF]->(r)
OPTIONAL MATCH (s:Stakeholder)-[:BASED_IN]->(c)
OPTIONAL MATCH (s)-[m:MEMBER_OF]->(:Partnership)
RETURN r.id AS id, count(DISTINCT c) AS communities, count(DISTINCT s) AS stakeholders, count(DISTINCT m) AS memberships
