UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id AS key, p AS node
