// Each community's first $first needs by name (the needs connection pages through all). The hint
// keeps an id seek per key (see the stakeholders' twin).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Need)-[:NEED_OF]->(c:Community {id: id})
  USING INDEX c:Community(id)
  WITH n
  ORDER BY toLower(n.name), n.id
  LIMIT toInteger($first)
  RETURN collect(n) AS nodes
}
RETURN id AS key, nodes
