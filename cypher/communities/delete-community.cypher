// Deletes the community with its stakeholders (and so their memberships).
MATCH (c:Community {id: $id})
OPTIONAL MATCH (s:Stakeholder)-[:BASED_IN]->(c)
WITH c, collect(DISTINCT s) AS stakeholders
FOREACH (s IN stakeholders | DETACH DELETE s)
DETACH DELETE c
