// The hint keeps an id seek per key: for UNWIND lists the planner otherwise may scan the whole index.
UNWIND $ids AS id
MATCH (s:Stakeholder {id: id})-[:BASED_IN]->(c:Community)
USING INDEX s:Stakeholder(id)
RETURN id AS key, c AS node
