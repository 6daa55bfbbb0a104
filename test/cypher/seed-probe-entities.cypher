// One entity of each kind with the id the security tests send everywhere, so an update or delete
// that wrongly got through would change the snapshot.
MERGE (r:Region {id: $id})
SET r.name = 'probe region', r.country = 'PT'
MERGE (c:Community {id: $id})
SET c.name = 'probe community', c.country = 'PT', c.kind = 'TOWN'
MERGE (c)-[:PART_OF]->(r)
MERGE (s:Stakeholder {id: $id})
SET s.name = 'probe stakeholder', s.sector = 'EDUCATION'
MERGE (s)-[:BASED_IN]->(c)
MERGE (p:Partnership {id: $id})
SET p.name = 'probe partnership', p.kind = 'PROJECT', p.themes = ['probe']
MERGE (s)-[m:MEMBER_OF]->(p)
SET m.role = 'LEAD'
MERGE (n:Need {id: $id})
SET n.name = 'probe need', n.theme = 'probe', n.themeKey = 'probe', n.priority = 'HIGH'
MERGE (n)-[:NEED_OF]->(c)
MERGE (p)-[:ADDRESSES]->(n)
MERGE (a:Asset {id: $id})
SET a.name = 'probe asset', a.kind = 'VENUE', a.themes = ['probe'], a.themeKeys = ['probe']
MERGE (s)-[:OFFERS]->(a)
RETURN count(*) AS seeded
