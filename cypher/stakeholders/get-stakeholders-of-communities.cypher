// Each community's first $first stakeholders by name (the stakeholders connection pages through all).
// The hint keeps an id seek per key: for UNWIND lists the planner otherwise may scan the whole index.
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Stakeholder)-[:BASED_IN]->(c:Community {id: id})
  USING INDEX c:Community(id)
  WITH s
  ORDER BY toLower(s.name), s.id
  LIMIT toInteger($first)
  RETURN collect(s) AS nodes
}
RETURN id AS key, nodes
