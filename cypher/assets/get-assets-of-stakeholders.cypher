// Each stakeholder's first $first assets by name (the assets connection pages through all). The hint
// keeps an id seek per key (see the stakeholders' twin).
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Stakeholder {id: id})-[:OFFERS]->(a:Asset)
  USING INDEX s:Stakeholder(id)
  WITH a
  ORDER BY toLower(a.name), a.id
  LIMIT toInteger($first)
  RETURN collect(a) AS nodes
}
RETURN id AS key, nodes
