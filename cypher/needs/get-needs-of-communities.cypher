// Each community's needs by name. The hint keeps an id seek per key (see the stakeholders' twin).
UNWIND $ids AS id
MATCH (n:Need)-[:NEED_OF]->(c:Community {id: id})
USING INDEX c:Community(id)
WITH id, n
ORDER BY toLower(n.name), n.id
RETURN id AS key, collect(n) AS nodes
