// Each stakeholder's memberships with both ends, so a nested query needs no further round trip.
// key.asOf null takes every partnership; a date takes those active then (SPEC §2).
UNWIND $keys AS key
MATCH (s:Stakeholder {id: key.id})-[m:MEMBER_OF]->(p:Partnership)
WHERE key.asOf IS NULL OR (
  (p.startedOn IS NULL OR p.startedOn <= date(key.asOf))
  AND (p.endedOn IS NULL OR p.endedOn >= date(key.asOf)))
WITH key, s, m, p
ORDER BY toLower(p.name), p.id
RETURN key.id AS id, key.asOf AS asOf, collect({role: m.role, stakeholder: s, partnership: p}) AS memberships
