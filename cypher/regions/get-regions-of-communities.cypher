// The hint keeps an id seek per key: for UNWIND lists the planner otherwise may scan the whole index.
UNWIND $ids AS id
MATCH (c:Community {id: id})-[:PART_OF]->(r:Region)
USING INDEX c:Community(id)
RETURN id AS key, r AS node
