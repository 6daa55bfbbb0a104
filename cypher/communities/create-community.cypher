// No row back means the region does not exist (nothing is written then).
MATCH (r:Region {id: $regionId})
CREATE (c:Community {id: $id, name: $name, country: $country, kind: $kind, population: $population})-[:PART_OF]->(r)
RETURN c AS node
