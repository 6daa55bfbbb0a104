// Everything the analytics of one scope need, in one round trip: the scope is one community
// ($communityId) or every community of a region ($regionId), the other parameter being null. Returns
// the scope's stakeholders and every membership (members based elsewhere included: they make the
// external ties) of the partnerships with a member in the scope that are active at some date of
// [$activeFrom, $activeTo]. No row when the id is unknown.
CALL () {
  MATCH (c:Community {id: $communityId})
  OPTIONAL MATCH (c)-[:PART_OF]->(r:Region)
  RETURN c.id AS id, c.name AS name, [{community: c, regionId: r.id}] AS communities
  UNION
  MATCH (r:Region {id: $regionId})
  OPTIONAL MATCH (c:Community)-[:PART_OF]->(r)
  WITH r, collect(c) AS members
  RETURN r.id AS id, r.name AS name, [c IN members | {community: c, regionId: r.id}] AS communities
}
CALL (communities) {
  UNWIND communities AS entry
  WITH entry.community AS c
  MATCH (s:Stakeholder)-[:BASED_IN]->(c)
  RETURN collect(s {.id, .name, .sector, .type, .description, .website, communityId: c.id}) AS stakeholders
}
CALL (communities) {
  UNWIND communities AS entry
  WITH entry.community AS c
  MATCH (inside:Stakeholder)-[:BASED_IN]->(c)
  MATCH (inside)-[:MEMBER_OF]->(p:Partnership)
  WHERE (p.startedOn IS NULL OR p.startedOn <= date($activeTo))
    AND (p.endedOn IS NULL OR p.endedOn >= date($activeFrom))
  WITH DISTINCT p
  MATCH (member:Stakeholder)-[m:MEMBER_OF]->(p)
  RETURN collect({
    partnershipId: p.id, kind: p.kind, startedOn: p.startedOn, endedOn: p.endedOn,
    stakeholderId: member.id, role: m.role
  }) AS memberships
}
RETURN id, name, stakeholders, memberships,
       [entry IN communities | {
         id: entry.community.id, name: entry.community.name, country: entry.community.country,
         kind: entry.community.kind, population: entry.community.population, regionId: entry.regionId
       }] AS communities
