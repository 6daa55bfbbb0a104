// Every node with its properties and outgoing relationships: equal snapshots mean nothing was written.
MATCH (n)
WHERE NOT n:PartnershipGraphTestDatabase
OPTIONAL MATCH (n)-[r]->(m)
WITH n, r, m
ORDER BY type(r), elementId(m)
WITH n, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), to: elementId(m), properties: properties(r)} END) AS out
RETURN elementId(n) AS node, labels(n) AS labels, properties(n) AS properties, out
ORDER BY node
