UNWIND $ids AS id
MATCH (r:Region {id: id})
RETURN id AS key, r AS node
