UNWIND $ids AS id
MATCH (c:Community)-[:PART_OF]->(:Region {id: id})
WITH id, c
ORDER BY toLower(c.name), c.id
RETURN id AS key, collect(c) AS nodes
