UNWIND $ids AS id
MATCH (:Community {id: id})-[:PART_OF]->(r:Region)
RETURN id AS key, r AS node
