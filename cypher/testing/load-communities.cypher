UNWIND $rows AS row
MERGE (c:Community {id: row.id})
SET c.name = row.name, c.country = row.country, c.kind = row.kind, c.population = row.population
WITH c, row
MATCH (r:Region {id: row.region})
MERGE (c)-[:PART_OF]->(r)
