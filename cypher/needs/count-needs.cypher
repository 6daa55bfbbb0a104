// How many rows list-needs.cypher pages through: the same WHERE (a unit test keeps the two in step),
// counted only when a client selects totalCount.
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
RETURN count(n) AS totalCount
