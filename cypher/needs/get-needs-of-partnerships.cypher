// The needs each partnership addresses, by name, each with its community.
UNWIND $ids AS id
MATCH (p:Partnership {id: id})-[:ADDRESSES]->(n:Need)
USING INDEX p:Partnership(id)
OPTIONAL MATCH (n)-[:NEED_OF]->(c:Community)
WITH id, n, c
ORDER BY toLower(n.name), n.id
RETURN id AS key, collect({node: n, communityId: c.id}) AS needs
