MATCH (r:Region {id: $id})
SET r += $changes
RETURN r AS node
