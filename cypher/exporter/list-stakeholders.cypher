// Stakeholders of the exported communities and every member of the exported partnerships.
CALL () {
  MATCH (s:Stakeholder)
  WHERE $all
  RETURN s
  UNION
  MATCH (c:Community)<-[:BASED_IN]-(s:Stakeholder)
  WHERE NOT $all AND c.id IN $communities
  RETURN s
  UNION
  MATCH (p:Partnership)<-[:MEMBER_OF]-(s:Stakeholder)
  WHERE NOT $all AND p.id IN $partnerships
  RETURN s
}
RETURN s.id AS id, s.name AS name, s.sector AS sector, s.type AS type, s.description AS description,
  s.website AS website, [(s)-[:BASED_IN]->(c:Community) | c.id][0] AS community
ORDER BY id
