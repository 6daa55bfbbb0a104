// How many rows list-partnerships.cypher pages through: the same WHERE (a unit test keeps the two in
// step), counted only when a client selects totalCount.
MATCH (p:Partnership)
WHERE ($kind IS NULL OR p.kind = $kind)
  AND ($theme IS NULL OR any(theme IN p.themes WHERE toLower(theme) = toLower($theme)))
  AND ($search IS NULL OR toLower(p.name) CONTAINS toLower($search))
  AND ($memberId IS NULL OR EXISTS { (:Stakeholder {id: $memberId})-[:MEMBER_OF]->(p) })
  AND ($communityId IS NULL
    OR EXISTS { (:Community {id: $communityId})<-[:BASED_IN]-(:Stakeholder)-[:MEMBER_OF]->(p) })
  AND ($activeAt IS NULL OR (
    (p.startedOn IS NULL OR p.startedOn <= date($activeAt))
    AND (p.endedOn IS NULL OR p.endedOn >= date($activeAt))))
RETURN count(p) AS totalCount
