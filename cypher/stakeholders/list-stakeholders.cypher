// One page of stakeholders ordered by name (case-insensitive), then id; keyset-paged after $after {key, id}.
MATCH (s:Stakeholder)
WHERE ($sector IS NULL OR s.sector = $sector)
  AND ($type IS NULL OR toLower(s.type) = toLower($type))
  AND ($search IS NULL OR toLower(s.name) CONTAINS toLower($search))
  AND ($communityId IS NULL OR EXISTS { (s)-[:BASED_IN]->(:Community {id: $communityId}) })
  AND ($regionId IS NULL OR EXISTS { (s)-[:BASED_IN]->(:Community)-[:PART_OF]->(:Region {id: $regionId}) })
WITH s AS node, toLower(s.name) AS key
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
