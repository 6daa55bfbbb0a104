// Each stakeholder's first $first partners by name: the other members of its partnerships, each once.
// key.asOf null counts every partnership; a date counts those active then (started by then, not ended before).
// The hint keeps an id seek per key: for UNWIND lists the planner otherwise may scan the whole index.
UNWIND $keys AS key
CALL (key) {
  MATCH (s:Stakeholder {id: key.id})-[:MEMBER_OF]->(p:Partnership)<-[:MEMBER_OF]-(t:Stakeholder)
  USING INDEX s:Stakeholder(id)
  WHERE t <> s
    AND (key.asOf IS NULL OR (
      (p.startedOn IS NULL OR p.startedOn <= date(key.asOf))
      AND (p.endedOn IS NULL OR p.endedOn >= date(key.asOf))))
  WITH DISTINCT t
  ORDER BY toLower(t.name), t.id
  LIMIT toInteger($first)
  RETURN collect(t) AS nodes
}
RETURN key.id AS id, key.asOf AS asOf, nodes
