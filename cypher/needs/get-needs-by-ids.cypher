UNWIND $ids AS id
MATCH (n:Need {id: id})
RETURN id AS key, n AS node, [(n)-[:NEED_OF]->(c:Community) | c.id][0] AS communityId
