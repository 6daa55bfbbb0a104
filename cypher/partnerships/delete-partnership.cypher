// No row back means there was no such partnership.
MATCH (p:Partnership {id: $id})
OPTIONAL MATCH (:Stakeholder)-[m:MEMBER_OF]->(p)
WITH p, count(m) AS removedMemberships
DETACH DELETE p
RETURN removedMemberships
