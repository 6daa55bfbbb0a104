// One page of assets ordered by name (case-insensitive), then id. Keyset paging: the WHERE seeks past
// $after {key, id} and LIMIT $limit stops there; the total is count-assets.cypher.
// $themeKey is the normalised theme (src/domain/themes.ts), looked up in the stored a.themeKeys.
MATCH (a:Asset)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($themeKey IS NULL OR $themeKey IN a.themeKeys)
  AND ($search IS NULL OR toLower(a.name) CONTAINS toLower($search))
  AND ($stakeholderId IS NULL OR EXISTS { (:Stakeholder {id: $stakeholderId})-[:OFFERS]->(a) })
  AND ($communityId IS NULL
    OR EXISTS { (:Community {id: $communityId})<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a) })
  AND ($communityIds IS NULL
    OR EXISTS { (c:Community)<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a) WHERE c.id IN $communityIds })
  AND ($regionId IS NULL
    OR EXISTS { (:Region {id: $regionId})<-[:PART_OF]-(:Community)<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a) })
  AND ($regionIds IS NULL
    OR EXISTS {
      (r:Region)<-[:PART_OF]-(:Community)<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a)
      WHERE r.id IN $regionIds
    })
WITH a AS node, toLower(a.name) AS key
WHERE $after IS NULL
  OR (NOT $descending AND (key > $after.key OR (key = $after.key AND node.id > $after.id)))
  OR ($descending AND (key < $after.key OR (key = $after.key AND node.id < $after.id)))
ORDER BY
  CASE WHEN $descending THEN '' ELSE key END,
  CASE WHEN $descending THEN '' ELSE node.id END,
  CASE WHEN $descending THEN key ELSE '' END DESC,
  CASE WHEN $descending THEN node.id ELSE '' END DESC
LIMIT toInteger($limit)
RETURN key, node, [(s:Stakeholder)-[:OFFERS]->(node) | s.id][0] AS stakeholderId
