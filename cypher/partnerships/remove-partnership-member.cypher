MATCH (:Stakeholder {id: $stakeholderId})-[m:MEMBER_OF]->(p:Partnership {id: $partnershipId})
DELETE m
WITH p, count(m) AS removed
OPTIONAL MATCH (:Stakeholder)-[rest:MEMBER_OF]->(p)
RETURN p AS node, removed, count(rest) AS remaining
