// The partnerships list-partnerships.cypher pages through, counted (the list's totalCount) and, when
// asked, grouped in the database: by kind; by the year they started (null for undated ones); by
// community and by sector, where a partnership counts once for each community (sector) it has at
// least one member based in (of), so those counts may add up to more than the total. Each group list
// only when its flag is set; groups with no partnership are absent. Kinds, communities and sectors
// come by count descending, then by their key (kind, community name then id, sector); years in
// calendar order with the undated last. docs/queries.md.
// <filters> (the same text as in list-partnerships.cypher; test/unit/list-filters.test.ts)
// Every filter given must hold (AND). A date range leaves out partnerships without that date.
// The candidates start from the member's, the communities' or the regions' index entries when one is
// given (each partnership once), not from every partnership; a branch whose parameters are unset
// stops at its first row.
CALL () {
  WITH 1 AS one
  WHERE $memberId IS NOT NULL
  MATCH (:Stakeholder {id: $memberId})-[:MEMBER_OF]->(p:Partnership)
  RETURN p
  UNION ALL
  WITH CASE WHEN $communityId IS NULL THEN $communityIds ELSE [$communityId] END AS start
  WHERE $memberId IS NULL AND start IS NOT NULL
  UNWIND start AS communityId
  WITH DISTINCT communityId
  MATCH (:Community {id: communityId})<-[:BASED_IN]-(:Stakeholder)-[:MEMBER_OF]->(p:Partnership)
  RETURN DISTINCT p
  UNION ALL
  WITH 1 AS one
  WHERE $memberId IS NULL AND $communityId IS NULL AND $communityIds IS NULL AND $regionIds IS NOT NULL
  UNWIND $regionIds AS regionId
  WITH DISTINCT regionId
  MATCH (:Region {id: regionId})<-[:PART_OF]-(:Community)<-[:BASED_IN]-(:Stakeholder)-[:MEMBER_OF]->(p:Partnership)
  RETURN DISTINCT p
  UNION ALL
  WITH 1 AS one
  WHERE $memberId IS NULL AND $communityId IS NULL AND $communityIds IS NULL AND $regionIds IS NULL
  MATCH (p:Partnership)
  RETURN p
}
WITH p
WHERE ($kind IS NULL OR p.kind = $kind)
  AND ($kinds IS NULL OR p.kind IN $kinds)
  AND ($theme IS NULL OR any(theme IN p.themes WHERE toLower(theme) = toLower($theme)))
  AND ($search IS NULL OR toLower(p.name) CONTAINS toLower($search))
  AND ($memberId IS NULL OR EXISTS { (:Stakeholder {id: $memberId})-[:MEMBER_OF]->(p) })
  AND ($communityId IS NULL
    OR EXISTS { (:Community {id: $communityId})<-[:BASED_IN]-(:Stakeholder)-[:MEMBER_OF]->(p) })
  AND ($communityIds IS NULL
    OR EXISTS { (c:Community)<-[:BASED_IN]-(:Stakeholder)-[:MEMBER_OF]->(p) WHERE c.id IN $communityIds })
  AND ($regionIds IS NULL
    OR EXISTS {
      (r:Region)<-[:PART_OF]-(:Community)<-[:BASED_IN]-(:Stakeholder)-[:MEMBER_OF]->(p)
      WHERE r.id IN $regionIds
    })
  AND ($activeAt IS NULL OR (
    (p.startedOn IS NULL OR p.startedOn <= date($activeAt))
    AND (p.endedOn IS NULL OR p.endedOn >= date($activeAt))))
  AND ($startedFrom IS NULL OR p.startedOn >= date($startedFrom))
  AND ($startedTo IS NULL OR p.startedOn <= date($startedTo))
  AND ($endedFrom IS NULL OR p.endedOn >= date($endedFrom))
  AND ($endedTo IS NULL OR p.endedOn <= date($endedTo))
// </filters>
WITH count(p) AS total,
  collect(CASE WHEN $byKind OR $byYear OR $byCommunity OR $bySector THEN p END) AS matched
RETURN total,
  COLLECT {
    UNWIND CASE WHEN $byKind THEN matched ELSE [] END AS p
    WITH p.kind AS kind, count(*) AS count
    ORDER BY count DESC, kind
    RETURN {kind: kind, count: count}
  } AS byKind,
  COLLECT {
    UNWIND CASE WHEN $byYear THEN matched ELSE [] END AS p
    WITH p.startedOn.year AS year, count(*) AS count
    ORDER BY year IS NULL, year
    RETURN {year: year, count: count}
  } AS byYear,
  COLLECT {
    UNWIND CASE WHEN $byCommunity THEN matched ELSE [] END AS p
    MATCH (c:Community)<-[:BASED_IN]-(:Stakeholder)-[:MEMBER_OF]->(p)
    WITH c, count(DISTINCT p) AS count
    ORDER BY count DESC, toLower(c.name), c.id
    RETURN {community: c, count: count}
  } AS byCommunity,
  COLLECT {
    UNWIND CASE WHEN $bySector THEN matched ELSE [] END AS p
    MATCH (s:Stakeholder)-[:MEMBER_OF]->(p)
    WITH s.sector AS sector, count(DISTINCT p) AS count
    ORDER BY count DESC, sector
    RETURN {sector: sector, count: count}
  } AS bySector
