CREATE (r:Region {id: $id, name: $name, country: $country})
RETURN r AS node
