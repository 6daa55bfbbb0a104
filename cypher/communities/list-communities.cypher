// One page of communities ordered by name (case-insensitive), then id. Keyset paging: the WHERE seeks
// past $after {key, id} and LIMIT $limit stops there; the total is count-communities.cypher.
MATCH (c:Community)
WHERE ($regionId IS NULL OR EXISTS { (c)-[:PART_OF]->(:Region {id: $regionId}) })
  AND ($regionIds IS NULL OR EXISTS { (c)-[:PART_OF]->(r:Region) WHERE r.id IN $regionIds })
  AND ($country IS NULL OR c.country = $country)
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($kinds IS NULL OR c.kind IN $kinds)
  AND ($search IS NULL OR toLower(c.name) CONTAINS toLower($search))
WITH c AS node, toLower(c.name) AS key
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
