UNWIND $rows AS row
MERGE (s:Stakeholder {id: row.id})
SET s.name = row.name, s.sector = row.sector, s.type = row.type
WITH s, row
MATCH (c:Community {id: row.community})
MERGE (s)-[:BASED_IN]->(c)
