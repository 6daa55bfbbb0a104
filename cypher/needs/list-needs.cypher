// One page of needs ordered by name (case-insensitive), then id. Keyset paging: the WHERE seeks past
// $after {key, id} and LIMIT $limit stops there; the total is count-needs.cypher.
// $themeKey is the normalised theme (src/domain/themes.ts), compared with the stored n.themeKey.
MATCH (n:Need)
WHERE ($priority IS NULL OR n.priority = $priority)
  AND ($priorities IS NULL OR n.priority IN $priorities)
  AND ($themeKey IS NULL OR n.themeKey = $themeKey)
  AND ($search IS NULL OR toLower(n.name) CONTAINS toLower($search))
  AND ($communityId IS NULL OR EXISTS { (n)-[:NEED_OF]->(:Community {id: $communityId}) })
  AND ($communityIds IS NULL OR EXISTS { (n)-[:NEED_OF]->(c:Community) WHERE c.id IN $communityIds })
  AND ($regionId IS NULL OR EXISTS { (n)-[:NEED_OF]->(:Community)-[:PART_OF]->(:Region {id: $regionId}) })
  AND ($regionIds IS NULL
    OR EXISTS { (n)-[:NEED_OF]->(:Community)-[:PART_OF]->(r:Region) WHERE r.id IN $regionIds })
  AND ($addressedBy IS NULL OR EXISTS { (:Partnership {id: $addressedBy})-[:ADDRESSES]->(n) })
WITH n AS node, toLower(n.name) AS key
WHERE $after IS NULL
  OR (NOT $descending AND (key > $after.key OR (key = $after.key AND node.id > $after.id)))
  OR ($descending AND (key < $after.key OR (key = $after.key AND node.id < $after.id)))
ORDER BY
  CASE WHEN $descending THEN '' ELSE key END,
  CASE WHEN $descending THEN '' ELSE node.id END,
  CASE WHEN $descending THEN key ELSE '' END DESC,
  CASE WHEN $descending THEN node.id ELSE '' END DESC
LIMIT toInteger($limit)
RETURN key, node, [(node)-[:NEED_OF]->(c:Community) | c.id][0] AS communityId
