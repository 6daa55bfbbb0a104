OPTIONAL MATCH (m:PartnershipGraphTestDatabase {id: 'marker'})
WITH count(m) AS markers
CALL () {
  MATCH (n)
  WHERE NOT n:PartnershipGraphTestDatabase AND NOT n:GraphVersion
  RETURN count(n) AS nodes
}
RETURN markers > 0 AS marked, nodes
