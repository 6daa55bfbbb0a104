// MERGE keeps one link per partnership and need, so adding twice changes nothing.
// Always one row: the flags tell the service which of the two is missing.
OPTIONAL MATCH (p:Partnership {id: $partnershipId})
OPTIONAL MATCH (n:Need {id: $needId})
CALL (p, n) {
  WITH p, n
  WHERE p IS NOT NULL AND n IS NOT NULL
  MERGE (p)-[:ADDRESSES]->(n)
}
RETURN p AS node, p IS NOT NULL AS partnershipFound, n IS NOT NULL AS needFound
