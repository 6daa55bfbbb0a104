// No row back means the community does not exist (nothing is written then).
MATCH (c:Community {id: $communityId})
CREATE (s:Stakeholder {
  id: $id, name: $name, sector: $sector, type: $type, description: $description, website: $website
})-[:BASED_IN]->(c)
RETURN s AS node
