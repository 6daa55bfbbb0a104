// Regions by id (all of them when $all).
MATCH (r:Region)
WHERE $all OR r.id IN $ids
RETURN r.id AS id, r.name AS name, r.country AS country
ORDER BY id
