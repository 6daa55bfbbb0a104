// The first $first partnerships addressing each need, by name.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Partnership)-[:ADDRESSES]->(n:Need {id: id})
  USING INDEX n:Need(id)
  WITH p
  ORDER BY toLower(p.name), p.id
  LIMIT toInteger($first)
  RETURN collect(p) AS nodes
}
RETURN id AS key, nodes
