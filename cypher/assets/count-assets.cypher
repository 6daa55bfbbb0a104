// How many rows list-assets.cypher pages through: the same WHERE (a unit test keeps the two in step),
// counted only when a client selects totalCount.
MATCH (a:Asset)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($themeKey IS NULL OR $themeKey IN a.themeKeys)
  AND ($search IS NULL OR toLower(a.name) CONTAINS toLower($search))
  AND ($stakeholderId IS NULL OR EXISTS { (:Stakeholder {id: $stakeholderId})-[:OFFERS]->(a) })
  AND ($communityId IS NULL
    OR EXISTS { (:Community {id: $communityId})<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a) })
  AND ($regionId IS NULL
    OR EXISTS { (:Region {id: $regionId})<-[:PART_OF]-(:Community)<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a) })
RETURN count(a) AS totalCount
