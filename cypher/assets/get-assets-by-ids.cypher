UNWIND $ids AS id
MATCH (a:Asset {id: id})
RETURN id AS key, a AS node, [(s:Stakeholder)-[:OFFERS]->(a) | s.id][0] AS stakeholderId
