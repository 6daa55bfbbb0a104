// One page of needs ordered by name (case-insensitive), then id; keyset-paged after $after {key, id}.
// $themeKey is the normalised theme (src/domain/themes.ts), compared with the stored n.themeKey.
MATCH (n:Need)
WHERE ($priority IS NULL OR n.priority = $priority)
  AND ($themeKey IS NULL OR n.themeKey = $themeKey)
  AND ($search IS NULL OR toLower(n.name) CONTAINS toLower($search))
  AND ($communityId IS NULL OR EXISTS { (n)-[:NEED_OF]->(:Community {id: $communityId}) })
  AND ($regionId IS NULL OR EXISTS { (n)-[:NEED_OF]->(:Community)-[:PART_OF]->(:Region {id: $regionId}) })
  AND ($addressedBy IS NULL OR EXISTS { (:Partnership {id: $addressedBy})-[:ADDRESSES]->(n) })
WITH n AS node, toLower(n.name) AS key, [(n)-[:NEED_OF]->(c:Community) | c.id][0] AS communityId
ORDER BY
  CASE WHEN $descending THEN '' ELSE key END,
  CASE WHEN $descending THEN '' ELSE node.id END,
  CASE WHEN $descending THEN key ELSE '' END DESC,
  CASE WHEN $descending THEN node.id ELSE '' END DESC
WITH collect({node: node, key: key, communityId: communityId}) AS rows
RETURN size(rows) AS totalCount,
  [row IN rows WHERE $after IS NULL
    OR (NOT $descending AND (row.key > $after.key OR (row.key = $after.key AND row.node.id > $after.id)))
    OR ($descending AND (row.key < $after.key OR (row.key = $after.key AND row.node.id < $after.id)))
  ][0..$limit] AS rows
