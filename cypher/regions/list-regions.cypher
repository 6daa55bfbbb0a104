// One page of regions ordered by name (case-insensitive), then id; keyset-paged after $after {key, id}.
MATCH (r:Region)
WHERE ($country IS NULL OR r.country = $country)
  AND ($search IS NULL OR toLower(r.name) CONTAINS toLower($search))
WITH r AS node, toLower(r.name) AS key
ORDER BY
  CASE WHEN $descending THEN '' ELSE key END,
  CASE WHEN $descending THEN '' ELSE node.id END,
  CASE WHEN $descending THEN key ELSE '' END DESC,
  CASE WHEN $descending THEN node.id ELSE '' END DESC
WITH collect({node: node, key: key}) AS rows
RETURN size(rows) AS totalCount,
  [row IN rows WHERE $after IS NULL
    OR (NOT $descending AND (row.key > $after.key OR (row.key = $after.key AND row.node.id > $after.id)))
    OR ($descending AND (row.key < $after.key OR (row.key = $after.key AND row.node.id < $after.id)))
  ][0..$limit] AS rows
