// The hint keeps an id seek per key: for UNWIND lists the planner otherwise may scan the whole index.
UNWIND $ids AS id
MATCH (s:Stakeholder)-[:BASED_IN]->(c:Community {id: id})
USING INDEX c:Community(id)
WITH id, s
ORDER BY toLower(s.name), s.id
RETURN id AS key, collect(s) AS nodes
