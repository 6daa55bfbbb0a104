// One page of stakeholders ordered by name (case-insensitive), then id. Keyset paging: the WHERE seeks
// past $after {key, id} and LIMIT $limit stops there, so Neo4j keeps only the top $limit rows while it
// scans (page 50 costs what page 1 costs); the total is summarize-stakeholders.cypher with no groups,
// run only when asked.
// With $withMemberships each stakeholder brings its first $membershipsFirst memberships (active at
// $membershipsAsOf, or all when null), and with $withMembers each of those partnerships its first
// $membersFirst members: the nested levels a dashboard selects, in this one round trip.
// The candidates start from the index entries of the communities (or regions) asked for when some
// are (a dashboard's usual ask), not from every stakeholder; a branch whose parameters are unset stops
// at its first row. Every filter given must hold (AND), single values and their list twins alike; the
// community or region filter the candidates started from holds already and is not checked again.
// Rows are positional lists, not maps: a node is the values of $stakeholderProperties (or
// $partnershipProperties) in that order, a membership [role, partnership, members], a member
// [role, stakeholder]. Only the properties the request selects are read, and lists decode in the
// driver at about half the cost of maps with their keys (20k values a dashboard page).
// <filters> (the same text as in summarize-stakeholders.cypher; test/unit/list-filters.test.ts)
CALL () {
  WITH CASE WHEN $communityId IS NULL THEN $communityIds ELSE [$communityId] END AS start
  WHERE start IS NOT NULL
  UNWIND start AS communityId
  WITH DISTINCT communityId
  MATCH (:Community {id: communityId})<-[:BASED_IN]-(s:Stakeholder)
  RETURN s
  UNION ALL
  WITH CASE WHEN $regionId IS NULL THEN $regionIds ELSE [$regionId] END AS start
  WHERE $communityId IS NULL AND $communityIds IS NULL AND start IS NOT NULL
  UNWIND start AS regionId
  WITH DISTINCT regionId
  MATCH (:Region {id: regionId})<-[:PART_OF]-(:Community)<-[:BASED_IN]-(s:Stakeholder)
  RETURN s
  UNION ALL
  WITH 1 AS one
  WHERE $communityId IS NULL AND $communityIds IS NULL AND $regionId IS NULL AND $regionIds IS NULL
  MATCH (s:Stakeholder)
  RETURN s
}
WITH s
WHERE ($sector IS NULL OR s.sector = $sector)
  AND ($sectors IS NULL OR s.sector IN $sectors)
  AND ($type IS NULL OR toLower(s.type) = toLower($type))
  AND ($types IS NULL OR toLower(s.type) IN [type IN $types | toLower(type)])
  AND ($search IS NULL OR toLower(s.name) CONTAINS toLower($search))
  AND ($communityIds IS NULL OR $communityId IS NULL
    OR EXISTS { (s)-[:BASED_IN]->(c:Community) WHERE c.id IN $communityIds })
  AND ($regionId IS NULL OR ($communityId IS NULL AND $communityIds IS NULL)
    OR EXISTS { (s)-[:BASED_IN]->(:Community)-[:PART_OF]->(:Region {id: $regionId}) })
  AND ($regionIds IS NULL OR ($communityId IS NULL AND $communityIds IS NULL AND $regionId IS NULL)
    OR EXISTS { (s)-[:BASED_IN]->(:Community)-[:PART_OF]->(r:Region) WHERE r.id IN $regionIds })
// </filters>
WITH s, toLower(s.name) AS key
WHERE $after IS NULL
  OR (NOT $descending AND (key > $after.key OR (key = $after.key AND s.id > $after.id)))
  OR ($descending AND (key < $after.key OR (key = $after.key AND s.id < $after.id)))
ORDER BY
  CASE WHEN $descending THEN '' ELSE key END,
  CASE WHEN $descending THEN '' ELSE s.id END,
  CASE WHEN $descending THEN key ELSE '' END DESC,
  CASE WHEN $descending THEN s.id ELSE '' END DESC
LIMIT toInteger($limit)
CALL (s) {
  WITH s
  WHERE $withMemberships
  MATCH (s)-[m:MEMBER_OF]->(p:Partnership)
  WHERE $membershipsAsOf IS NULL OR (
    (p.startedOn IS NULL OR p.startedOn <= date($membershipsAsOf))
    AND (p.endedOn IS NULL OR p.endedOn >= date($membershipsAsOf)))
  WITH m, p
  ORDER BY toLower(p.name), p.id
  LIMIT toInteger($membershipsFirst)
  CALL (p) {
    WITH p
    WHERE $withMembers
    MATCH (t:Stakeholder)-[n:MEMBER_OF]->(p)
    WITH t, n
    ORDER BY toLower(t.name), t.id
    LIMIT toInteger($membersFirst)
    RETURN collect([n.role, [property IN $stakeholderProperties | t[property]]]) AS members
  }
  RETURN collect([m.role, [property IN $partnershipProperties | p[property]], members]) AS memberships
}
WITH s, key, memberships
ORDER BY
  CASE WHEN $descending THEN '' ELSE key END,
  CASE WHEN $descending THEN '' ELSE s.id END,
  CASE WHEN $descending THEN key ELSE '' END DESC,
  CASE WHEN $descending THEN s.id ELSE '' END DESC
RETURN key, [property IN $stakeholderProperties | s[property]] AS node, memberships
