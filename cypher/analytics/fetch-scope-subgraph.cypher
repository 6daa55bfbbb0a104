// Everything the analytics of one scope need: the scope is one community ($communityId) or every
// community of a region ($regionId), the other parameter being null. Streams one row per item — the
// scope (with the graph versions read), each community, each stakeholder, and each partnership with a
// member in the scope that is active at some date of [$activeFrom, $activeTo], with ALL its members
// (members based elsewhere make the external ties). Compact lists rather than maps, and rows rather
// than one collected value, because transferring and decoding the result dominates (see
// bench/analytics.bench.ts). No row when the id is unknown.
// $rows says which items come after the scope row: 'stakeholders' (the communities and stakeholders,
// which no date changes: the service keeps them per graph version), 'partnerships' (those of the
// window, or every one whatever its dates when $activeFrom and $activeTo are null: the scope's
// history) or 'all' (both, in one transaction).
// Part $part of $parts (0-based): the stakeholders and partnerships of every $parts-th community by id,
// so a region can be fetched by several queries at once (the community rows come with part 0; a
// partnership joining communities of two parts comes with both). Stakeholders and partnerships each
// come in id order, the order the measures take them in: sorted here, a part's 20,000 of each cost Neo4j
// a few milliseconds, where sorting them by a comparator cost the event loop ~55 ms per cold region.
// (Nothing depends on it: rows out of order are sorted in TypeScript.)
CALL () {
  MATCH (c:Community {id: $communityId})
  OPTIONAL MATCH (c)-[:PART_OF]->(r:Region)
  RETURN c.id AS scopeId, c.name AS scopeName, [{community: c, regionId: r.id}] AS communities
  UNION
  MATCH (r:Region {id: $regionId})
  OPTIONAL MATCH (c:Community)-[:PART_OF]->(r)
  WITH r, c ORDER BY c.id
  WITH r, collect(c) AS found
  RETURN r.id AS scopeId, r.name AS scopeName, [c IN found | {community: c, regionId: r.id}] AS communities
}
WITH scopeId, scopeName, communities,
     [i IN range(0, size(communities) - 1) WHERE i % $parts = $part | communities[i]] AS mine
CALL (scopeId, scopeName, communities, mine) {
  // Read here, in the transaction of the rows, with system/get-graph-version's fallbacks.
  OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
  RETURN 'scope' AS row,
         [scopeId, scopeName, coalesce(v.version, 'initial'), coalesce(v.baseVersion, v.version, 'initial')] AS data,
         null AS members, null AS roles
  UNION ALL
  UNWIND CASE WHEN $part = 0 AND $rows <> 'partnerships' THEN communities ELSE [] END AS entry
  WITH entry.community AS c, entry.regionId AS regionId
  RETURN 'community' AS row, [c.id, c.name, c.country, c.kind, c.population, regionId] AS data,
         null AS members, null AS roles
  UNION ALL
  UNWIND CASE WHEN $rows <> 'partnerships' THEN mine ELSE [] END AS entry
  WITH entry.community AS c
  MATCH (s:Stakeholder)-[:BASED_IN]->(c)
  WITH s, c ORDER BY s.id
  RETURN 'stakeholder' AS row, [s.id, s.name, s.sector, s.type, s.description, s.website, c.id] AS data,
         null AS members, null AS roles
  UNION ALL
  UNWIND CASE WHEN $rows <> 'stakeholders' THEN mine ELSE [] END AS entry
  WITH entry.community AS c
  MATCH (inside:Stakeholder)-[:BASED_IN]->(c)
  MATCH (inside)-[:MEMBER_OF]->(p:Partnership)
  // Distinct first: the dates are then read once per partnership, not once per membership.
  WITH DISTINCT p
  WHERE ($activeTo IS NULL OR p.startedOn IS NULL OR p.startedOn <= date($activeTo))
    AND ($activeFrom IS NULL OR p.endedOn IS NULL OR p.endedOn >= date($activeFrom))
  WITH p ORDER BY p.id
  WITH p, COLLECT { MATCH (member:Stakeholder)-[m:MEMBER_OF]->(p) RETURN [member.id, m.role] } AS pairs
  WITH p, [pair IN pairs | pair[0]] AS members, [pair IN pairs | pair[1]] AS roles
  RETURN 'partnership' AS row, [p.id, p.kind, toString(p.startedOn), toString(p.endedOn)] AS data,
         members, roles
}
RETURN row, data, members, roles
