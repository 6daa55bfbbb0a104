// Partnerships with a member in the exported communities (all of them when $all), with every member,
// also those based elsewhere, so the exported document is complete for the partnerships it lists.
CALL () {
  MATCH (p:Partnership)
  WHERE $all
  RETURN p
  UNION
  MATCH (c:Community)<-[:BASED_IN]-(:Stakeholder)-[:MEMBER_OF]->(p:Partnership)
  WHERE NOT $all AND c.id IN $communities
  RETURN p
}
RETURN p.id AS id, p.name AS name, p.kind AS kind, p.startedOn AS startedOn, p.endedOn AS endedOn,
  coalesce(p.themes, []) AS themes, p.description AS description,
  COLLECT {
    MATCH (s:Stakeholder)-[m:MEMBER_OF]->(p)
    RETURN {stakeholder: s.id, role: m.role} AS member
    ORDER BY s.id
  } AS members
ORDER BY id
