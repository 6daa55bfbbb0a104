// MERGE keeps one membership per stakeholder and partnership; a second add only changes the role.
MATCH (p:Partnership {id: $partnershipId})
MATCH (s:Stakeholder {id: $stakeholderId})
MERGE (s)-[m:MEMBER_OF]->(p)
SET m.role = $role
RETURN p AS node
