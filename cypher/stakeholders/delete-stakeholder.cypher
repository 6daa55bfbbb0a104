// No row back means there was no such stakeholder.
MATCH (s:Stakeholder {id: $id})
OPTIONAL MATCH (s)-[m:MEMBER_OF]->(:Partnership)
WITH s, count(m) AS removedMemberships
DETACH DELETE s
RETURN removedMemberships
