// The communities an export covers: one community, a region's communities, or all ($community and
// $region null). The flags say whether a requested community or region exists at all.
RETURN
  CASE WHEN $community IS NULL THEN true ELSE EXISTS { MATCH (:Community {id: $community}) } END AS communityFound,
  CASE WHEN $region IS NULL THEN true ELSE EXISTS { MATCH (:Region {id: $region}) } END AS regionFound,
  COLLECT {
    MATCH (c:Community)
    WHERE ($community IS NULL OR c.id = $community)
      AND ($region IS NULL OR EXISTS { (c)-[:PART_OF]->(:Region {id: $region}) })
    RETURN c.id AS id
    ORDER BY id
  } AS communities
