// No row back means the stakeholder does not exist (nothing is written then).
MATCH (s:Stakeholder {id: $stakeholderId})
CREATE (s)-[:OFFERS]->(a:Asset {
  id: $id, name: $name, kind: $kind, themes: $themes, themeKeys: $themeKeys, description: $description
})
RETURN a AS node, s.id AS stakeholderId
