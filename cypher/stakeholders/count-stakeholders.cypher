// How many stakeholders list-stakeholders.cypher pages through: the same WHERE (a unit test keeps the
// two in step), counted only when a client selects totalCount.
MATCH (s:Stakeholder)
WHERE ($sector IS NULL OR s.sector = $sector)
  AND ($type IS NULL OR toLower(s.type) = toLower($type))
  AND ($search IS NULL OR toLower(s.name) CONTAINS toLower($search))
  AND ($communityId IS NULL OR EXISTS { (s)-[:BASED_IN]->(:Community {id: $communityId}) })
  AND ($regionId IS NULL OR EXISTS { (s)-[:BASED_IN]->(:Community)-[:PART_OF]->(:Region {id: $regionId}) })
RETURN count(s) AS totalCount
