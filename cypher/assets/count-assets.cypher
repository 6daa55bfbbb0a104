// How many rows list-assets.cypher pages through: the same WHERE (a unit test keeps the two in step),
// counted only when a client selects totalCount.
MATCH (a:Asset)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($themeKey IS NULL OR $themeKey IN a.themeKeys)
  AND ($search IS NULL OR toLower(a.name) CONTAINS toLower($search))
  AND ($stakeholderId IS NULL OR EXISTS { (:Stakeholder {id: $stakeholderId})-[:OFFERS]->(a) })
  AND ($communityId IS NULL
    OR EXISTS { (:Community {id: $communityId})<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a) })
  AND ($communityIds IS NULL
    OR EXISTS { (c:Community)<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a) WHERE c.id IN $communityIds })
  AND ($regionId IS NULL
    OR EXISTS { (:Region {id: $regionId})<-[:PART_OF]-(:Community)<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a) })
  AND ($regionIds IS NULL
    OR EXISTS {
      (r:Region)<-[:PART_OF]-(:Community)<-[:BASED_IN]-(:Stakeholder)-[:OFFERS]->(a)
      WHERE r.id IN $regionIds
    })
RETURN count(a) AS totalCount
