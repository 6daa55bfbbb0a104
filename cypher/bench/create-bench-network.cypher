// Bench-only: one region, its communities, their stakeholders and partnerships with members,
// loaded in one statement from generated rows.
CREATE (r:Region {id: $region.id, name: $region.name, country: $region.country})
WITH r
UNWIND $communities AS row
CREATE (:Community {id: row.id, name: row.name, country: row.country, kind: row.kind})-[:PART_OF]->(r)
WITH count(*) AS communities
UNWIND $stakeholders AS row
MATCH (c:Community {id: row.communityId})
CREATE (:Stakeholder {id: row.id, name: row.name, sector: row.sector, type: row.type})-[:BASED_IN]->(c)
WITH count(*) AS stakeholders
UNWIND $partnerships AS row
CREATE (p:Partnership {
  id: row.id, name: row.name, kind: row.kind, startedOn: date(row.startedOn), themes: row.themes
})
WITH p, row
UNWIND row.members AS member
MATCH (s:Stakeholder {id: member.stakeholderId})
CREATE (s)-[:MEMBER_OF {role: member.role}]->(p)
RETURN count(*) AS memberships
