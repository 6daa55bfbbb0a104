UNWIND $ids AS id
MATCH (s:Stakeholder {id: id})
RETURN id AS key, s AS node
