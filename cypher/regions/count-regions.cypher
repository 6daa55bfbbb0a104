// How many rows list-regions.cypher pages through: the same WHERE (a unit test keeps the two in
// step), counted only when a client selects totalCount.
MATCH (r:Region)
WHERE ($country IS NULL OR r.country = $country)
  AND ($search IS NULL OR toLower(r.name) CONTAINS toLower($search))
RETURN count(r) AS totalCount
