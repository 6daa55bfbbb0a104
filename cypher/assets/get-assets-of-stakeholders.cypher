// Each stakeholder's assets by name. The hint keeps an id seek per key (see the stakeholders' twin).
UNWIND $ids AS id
MATCH (s:Stakeholder {id: id})-[:OFFERS]->(a:Asset)
USING INDEX s:Stakeholder(id)
WITH id, a
ORDER BY toLower(a.name), a.id
RETURN id AS key, collect(a) AS nodes
