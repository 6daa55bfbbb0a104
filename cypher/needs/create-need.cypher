// No row back means the community does not exist (nothing is written then).
MATCH (c:Community {id: $communityId})
CREATE (n:Need {
  id: $id, name: $name, theme: $theme, themeKey: $themeKey, targetGroup: $targetGroup,
  priority: $priority, identifiedOn: date($identifiedOn), description: $description
})-[:NEED_OF]->(c)
RETURN n AS node, c.id AS communityId
