// Each region's first $first communities by name (the communities connection pages through all).
// The hint keeps an id seek per key: for UNWIND lists the planner otherwise may scan the whole index.
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Community)-[:PART_OF]->(r:Region {id: id})
  USING INDEX r:Region(id)
  WITH c
  ORDER BY toLower(c.name), c.id
  LIMIT toInteger($first)
  RETURN collect(c) AS nodes
}
RETURN id AS key, nodes
