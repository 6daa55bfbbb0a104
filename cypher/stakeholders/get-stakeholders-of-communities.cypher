UNWIND $ids AS id
MATCH (s:Stakeholder)-[:BASED_IN]->(:Community {id: id})
WITH id, s
ORDER BY toLower(s.name), s.id
RETURN id AS key, collect(s) AS nodes
