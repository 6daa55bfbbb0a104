UNWIND $rows AS row
MATCH (s:Stakeholder {id: row.stakeholder})
MATCH (p:Partnership {id: row.partnership})
MERGE (s)-[m:MEMBER_OF]->(p)
SET m.role = row.role
