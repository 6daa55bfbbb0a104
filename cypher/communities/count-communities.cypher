// How many rows list-communities.cypher pages through: the same WHERE (a unit test keeps the two in
// step), counted only when a client selects totalCount.
MATCH (c:Community)
WHERE ($regionId IS NULL OR EXISTS { (c)-[:PART_OF]->(:Region {id: $regionId}) })
  AND ($regionIds IS NULL OR EXISTS { (c)-[:PART_OF]->(r:Region) WHERE r.id IN $regionIds })
  AND ($country IS NULL OR c.country = $country)
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($kinds IS NULL OR c.kind IN $kinds)
  AND ($search IS NULL OR toLower(c.name) CONTAINS toLower($search))
RETURN count(c) AS totalCount
