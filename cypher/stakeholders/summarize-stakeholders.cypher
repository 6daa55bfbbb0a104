// The stakeholders list-stakeholders.cypher pages through, counted (the list's totalCount) and, when
// asked, grouped in the database: by sector, by community and by kind of organisation (lower-cased,
// null for none). Each group list only when its flag is set; groups with no stakeholder are absent,
// and groups come by count descending, then by their key (sector name, community name then id, type
// with no type last). docs/queries.md.
// <filters> (the same text as in list-stakeholders.cypher; test/unit/list-filters.test.ts)
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
WITH count(s) AS total,
  collect(CASE WHEN $bySector OR $byCommunity OR $byType THEN s END) AS matched
RETURN total,
  COLLECT {
    UNWIND CASE WHEN $bySector THEN matched ELSE [] END AS s
    WITH s.sector AS sector, count(*) AS count
    ORDER BY count DESC, sector
    RETURN {sector: sector, count: count}
  } AS bySector,
  COLLECT {
    UNWIND CASE WHEN $byCommunity THEN matched ELSE [] END AS s
    MATCH (s)-[:BASED_IN]->(c:Community)
    WITH c, count(*) AS count
    ORDER BY count DESC, toLower(c.name), c.id
    RETURN {community: c, count: count}
  } AS byCommunity,
  COLLECT {
    UNWIND CASE WHEN $byType THEN matched ELSE [] END AS s
    WITH toLower(s.type) AS type, count(*) AS count
    ORDER BY count DESC, type
    RETURN {type: type, count: count}
  } AS byType
