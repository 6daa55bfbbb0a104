// Links between exported partnerships and exported needs, by partnership then need (all when $all).
MATCH (p:Partnership)-[:ADDRESSES]->(n:Need)
WHERE $all OR (p.id IN $partnerships AND n.id IN $needs)
RETURN p.id AS partnership, n.id AS need
ORDER BY partnership, need
