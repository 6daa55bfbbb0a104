// Each partnership's memberships with both ends, so a nested query needs no further round trip.
UNWIND $ids AS id
MATCH (s:Stakeholder)-[m:MEMBER_OF]->(p:Partnership {id: id})
WITH id, s, m, p
ORDER BY toLower(s.name), s.id
RETURN id AS key, collect({role: m.role, stakeholder: s, partnership: p}) AS memberships
