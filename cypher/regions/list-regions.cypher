// One page of regions ordered by name (case-insensitive), then id. Keyset paging: the WHERE seeks
// past $after {key, id} and LIMIT $limit stops there; the total is count-regions.cypher.
MATCH (r:Region)
WHERE ($country IS NULL OR r.country = $country)
  AND ($search IS NULL OR toLower(r.name) CONTAINS toLower($search))
WITH r AS node, toLower(r.name) AS key
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
