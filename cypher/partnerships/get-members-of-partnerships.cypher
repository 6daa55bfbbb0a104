// Each partnership (once) with its members, so a nested query needs no further round trip.
// The hint keeps an id seek per key: for UNWIND lists the planner otherwise may scan the whole index.
UNWIND $ids AS id
MATCH (s:Stakeholder)-[m:MEMBER_OF]->(p:Partnership {id: id})
USING INDEX p:Partnership(id)
WITH id, s, m, p
ORDER BY toLower(s.name), s.id
RETURN id AS key, p AS partnership, collect({role: m.role, stakeholder: s}) AS members
