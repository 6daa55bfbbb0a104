// Each partnership (once) with its first $first members by name, so a nested query needs no further
// round trip. The hint keeps an id seek per key: for UNWIND lists the planner otherwise may scan the
// whole index.
UNWIND $ids AS id
MATCH (p:Partnership {id: id})
USING INDEX p:Partnership(id)
CALL (p) {
  MATCH (s:Stakeholder)-[m:MEMBER_OF]->(p)
  WITH s, m
  ORDER BY toLower(s.name), s.id
  LIMIT toInteger($first)
  RETURN collect({role: m.role, stakeholder: s}) AS members
}
RETURN id AS key, p AS partnership, members
