// Each stakeholder's partners: the other members of its partnerships, each once, by name.
// key.asOf null counts every partnership; a date counts those active then (SPEC §2).
// The hint keeps an id seek per key: for UNWIND lists the planner otherwise may scan the whole index.
UNWIND $keys AS key
MATCH (s:Stakeholder {id: key.id})-[:MEMBER_OF]->(p:Partnership)<-[:MEMBER_OF]-(t:Stakeholder)
USING INDEX s:Stakeholder(id)
WHERE t <> s
  AND (key.asOf IS NULL OR (
    (p.startedOn IS NULL OR p.startedOn <= date(key.asOf))
    AND (p.endedOn IS NULL OR p.endedOn >= date(key.asOf))))
WITH DISTINCT key, t
ORDER BY toLower(t.name), t.id
RETURN key.id AS id, key.asOf AS asOf, collect(t) AS nodes
