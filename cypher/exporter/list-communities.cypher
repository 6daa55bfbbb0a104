// Communities by id (all of them when $all).
MATCH (c:Community)
WHERE $all OR c.id IN $ids
RETURN c.id AS id, c.name AS name, c.country AS country, c.kind AS kind, c.population AS population,
  [(c)-[:PART_OF]->(r:Region) | r.id][0] AS region
ORDER BY id
