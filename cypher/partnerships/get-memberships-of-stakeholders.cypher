// Each stakeholder (once) with its memberships, so a nested query needs no further round trip.
// key.asOf null takes every partnership; a date takes those active then (SPEC §2).
// The hint keeps an id seek per key: for UNWIND lists the planner otherwise may scan the whole index.
UNWIND $keys AS key
MATCH (s:Stakeholder {id: key.id})-[m:MEMBER_OF]->(p:Partnership)
USING INDEX s:Stakeholder(id)
WHERE key.asOf IS NULL OR (
  (p.startedOn IS NULL OR p.startedOn <= date(key.asOf))
  AND (p.endedOn IS NULL OR p.endedOn >= date(key.asOf)))
WITH key, s, m, p
ORDER BY toLower(p.name), p.id
RETURN key.id AS id, key.asOf AS asOf, s AS stakeholder, collect({role: m.role, partnership: p}) AS memberships
