// The partnerships addressing each need, by name.
UNWIND $ids AS id
MATCH (p:Partnership)-[:ADDRESSES]->(n:Need {id: id})
USING INDEX n:Need(id)
WITH id, p
ORDER BY toLower(p.name), p.id
RETURN id AS key, collect(p) AS nodes
