// $regionId null keeps the region; the service has checked that a given region exists.
MATCH (c:Community {id: $id})
SET c += $changes
WITH c
CALL (c) {
  MATCH (r:Region {id: $regionId})
  OPTIONAL MATCH (c)-[old:PART_OF]->(:Region)
  DELETE old
  MERGE (c)-[:PART_OF]->(r)
}
RETURN c AS node
