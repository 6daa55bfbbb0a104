// The first $first needs each partnership addresses, by name, each with its community.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Partnership {id: id})-[:ADDRESSES]->(n:Need)
  USING INDEX p:Partnership(id)
  WITH n
  ORDER BY toLower(n.name), n.id
  LIMIT toInteger($first)
  RETURN collect({node: n, communityId: [(n)-[:NEED_OF]->(c:Community) | c.id][0]}) AS needs
}
RETURN id AS key, needs
