// Bench-only: the nested dashboard query by hand, the same data and order the GraphQL API returns:
// a community's first $first stakeholders by name, each with its first $nested partnerships by name
// and each partnership's first $nested members by name (the API's nested caps).
MATCH (s:Stakeholder)-[:BASED_IN]->(:Community {id: $communityId})
WITH s
ORDER BY toLower(s.name), s.id
LIMIT toInteger($first)
CALL (s) {
  MATCH (s)-[m:MEMBER_OF]->(p:Partnership)
  WITH m, p
  ORDER BY toLower(p.name), p.id
  LIMIT toInteger($nested)
  CALL (p) {
    MATCH (t:Stakeholder)-[n:MEMBER_OF]->(p)
    WITH t, n
    ORDER BY toLower(t.name), t.id
    LIMIT toInteger($nested)
    RETURN collect({role: n.role, stakeholder: {id: t.id, name: t.name, sector: t.sector}}) AS members
  }
  RETURN collect({role: m.role, partnership: {id: p.id, name: p.name, kind: p.kind, members: members}}) AS partnerships
}
RETURN s.id AS id, s.name AS name, s.sector AS sector, partnerships
