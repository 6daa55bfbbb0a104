// The service has checked that every member exists; `members` lets it detect one deleted meanwhile.
CREATE (p:Partnership {
  id: $id, name: $name, kind: $kind, startedOn: date($startedOn), endedOn: date($endedOn),
  themes: $themes, description: $description
})
WITH p
UNWIND $members AS member
MATCH (s:Stakeholder {id: member.stakeholderId})
CREATE (s)-[:MEMBER_OF {role: member.role}]->(p)
RETURN p AS node, count(s) AS members
