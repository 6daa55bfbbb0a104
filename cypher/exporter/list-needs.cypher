// Needs of the exported communities (all of them when $all), by id.
MATCH (n:Need)-[:NEED_OF]->(c:Community)
WHERE $all OR c.id IN $communities
RETURN n.id AS id, n.name AS name, n.theme AS theme, n.targetGroup AS targetGroup, n.priority AS priority,
  n.identifiedOn AS identifiedOn, n.description AS description, c.id AS community
ORDER BY id
