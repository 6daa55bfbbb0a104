// One page of assets ordered by name (case-insensitive), then id; keyset-paged after $after {key, id}.
// $themeKey is the normalised theme (src/domain/themes.ts), looked up in the stored a.themeKeys.
MATCH (a:Asset)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($themeKey IS NULL OR $themeKey IN a.themeKeys)
  AND ($search IS NULL OR toLower(a.name) CONTAINS toLower($search))
  AND ($stakeholderId IS NULL OR EXISTS { (:Stakeholder {id: $stakeholderId})-[:OFFERS]->(a) })
  AND ($communityId IS NULL
    OR EXISTS { (:Community {id: $communityId})<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a) })
  AND ($regionId IS NULL
    OR EXISTS { (:Region {id: $regionId})<-[:PART_OF]-(:Community)<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a) })
WITH a AS node, toLower(a.name) AS key, [(s:Stakeholder)-[:OFFERS]->(a) | s.id][0] AS stakeholderId
ORDER BY
  CASE WHEN $descending THEN '' ELSE key END,
  CASE WHEN $descending THEN '' ELSE node.id END,
  CASE WHEN $descending THEN key ELSE '' END DESC,
  CASE WHEN $descending THEN node.id ELSE '' END DESC
WITH collect({node: node, key: key, stakeholderId: stakeholderId}) AS rows
RETURN size(rows) AS totalCount,
  [row IN rows WHERE $after IS NULL
    OR (NOT $descending AND (row.key > $after.key OR (row.key = $after.key AND row.node.id > $after.id)))
    OR ($descending AND (row.key < $after.key OR (row.key = $after.key AND row.node.id < $after.id)))
  ][0..$limit] AS rows
