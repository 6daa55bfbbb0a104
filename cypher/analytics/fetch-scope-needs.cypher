// The needs and assets of a scope — one community ($communityId) or every community of a region
// ($regionId), the other parameter being null — for the needs measures (docs/needs-and-assets.md).
// One row per need, with every partnership addressing it at any date (the measures filter by asOf) and
// all their members, also those based elsewhere, as [id, sector, role]; one row per asset offered by a
// stakeholder of the scope, with its themes.
CALL () {
  MATCH (c:Community {id: $communityId})
  RETURN c
  UNION
  MATCH (c:Community)-[:PART_OF]->(:Region {id: $regionId})
  RETURN c
}
CALL (c) {
  MATCH (n:Need)-[:NEED_OF]->(c)
  RETURN 'need' AS row,
    [n.id, n.name, n.theme, n.targetGroup, n.priority, toString(n.identifiedOn), n.description, c.id] AS data,
    COLLECT {
      MATCH (p:Partnership)-[:ADDRESSES]->(n)
      RETURN {
        id: p.id, name: p.name, kind: p.kind, startedOn: toString(p.startedOn), endedOn: toString(p.endedOn),
        members: COLLECT { MATCH (s:Stakeholder)-[m:MEMBER_OF]->(p) RETURN [s.id, s.sector, m.role] }
      }
    } AS extra
  UNION ALL
  MATCH (c)<-[:BASED_IN]-(s:Stakeholder)-[:OFFERS]->(a:Asset)
  RETURN 'asset' AS row, [a.id, a.name, a.kind, a.description, s.id] AS data, coalesce(a.themes, []) AS extra
}
RETURN row, data, extra
