// No row back means there was no such asset.
MATCH (a:Asset {id: $id})
DETACH DELETE a
RETURN true AS deleted
