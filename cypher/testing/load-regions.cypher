UNWIND $rows AS row
MERGE (r:Region {id: row.id})
SET r.name = row.name, r.country = row.country
