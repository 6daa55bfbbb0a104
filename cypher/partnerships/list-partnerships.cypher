// One page of partnerships ordered by $sortBy ('name' case-insensitive, or 'startedOn' with undated
// ones first), then id. Keyset paging: the WHERE seeks past $after {key, id} and LIMIT $limit stops
// there, so Neo4j keeps only the top $limit rows while it scans; the total is summarize-partnerships.cypher
// with no groups.
// <filters> (the same text as in summarize-partnerships.cypher; test/unit/list-filters.test.ts)
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
WITH p AS node, CASE $sortBy WHEN 'startedOn' THEN coalesce(toString(p.startedOn), '') ELSE toLower(p.name) END AS key
WHERE $after IS NULL
  OR (NOT $descending AND (key > $after.key OR (key = $after.key AND node.id > $after.id)))
  OR ($descending AND (key < $after.key OR (key = $after.key AND node.id < $after.id)))
ORDER BY
  CASE WHEN $descending THEN '' ELSE key END,
  CASE WHEN $descending THEN '' ELSE node.id END,
  CASE WHEN $descending THEN key ELSE '' END DESC,
  CASE WHEN $descending THEN node.id ELSE '' END DESC
LIMIT toInteger($limit)
RETURN key, node
