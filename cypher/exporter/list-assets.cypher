// Assets of the exported stakeholders (all of them when $all), by id.
MATCH (s:Stakeholder)-[:OFFERS]->(a:Asset)
WHERE $all OR s.id IN $stakeholders
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.themes, []) AS themes,
  a.description AS description, s.id AS stakeholder
ORDER BY id
