UNWIND $ids AS id
MATCH (c:Community {id: id})
RETURN id AS key, c AS node
