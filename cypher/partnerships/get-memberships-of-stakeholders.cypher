// Each stakeholder (once) with its first $first memberships by partnership name, so a nested query
// needs no further round trip. key.asOf null takes every partnership; a date takes those active then
// (started by then, not ended before).
// The hint keeps an id seek per key: for UNWIND lists the planner otherwise may scan the whole index.
UNWIND $keys AS key
MATCH (s:Stakeholder {id: key.id})
USING INDEX s:Stakeholder(id)
CALL (key, s) {
  MATCH (s)-[m:MEMBER_OF]->(p:Partnership)
  WHERE key.asOf IS NULL OR (
    (p.startedOn IS NULL OR p.startedOn <= date(key.asOf))
    AND (p.endedOn IS NULL OR p.endedOn >= date(key.asOf)))
  WITH m, p
  ORDER BY toLower(p.name), p.id
  LIMIT toInteger($first)
  RETURN collect({role: m.role, partnership: p}) AS memberships
}
RETURN key.id AS id, key.asOf AS asOf, s AS stakeholder, memberships
