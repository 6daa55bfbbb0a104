// Takes the community's write lock before counting its stakeholders, so none can join it unseen
// between this count and the delete in the same transaction.
MATCH (c:Community {id: $id})
SET c._lock = true
REMOVE c._lock
WITH c
OPTIONAL MATCH (s:Stakeholder)-[:BASED_IN]->(c)
OPTIONAL MATCH (s)-[m:MEMBER_OF]->(:Partnership)
RETURN c.id AS id, count(DISTINCT s) AS stakeholders, count(DISTINCT m) AS memberships
