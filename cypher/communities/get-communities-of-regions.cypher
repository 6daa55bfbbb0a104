// The hint keeps an id seek per key: for UNWIND lists the planner otherwise may scan the whole index.
UNWIND $ids AS id
MATCH (c:Community)-[:PART_OF]->(r:Region {id: id})
USING INDEX r:Region(id)
WITH id, c
ORDER BY toLower(c.name), c.id
RETURN id AS key, collect(c) AS nodes
