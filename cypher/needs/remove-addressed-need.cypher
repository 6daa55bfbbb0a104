// Always one row: the partnership (null when absent) and how many links were removed (0 or 1).
OPTIONAL MATCH (p:Partnership {id: $partnershipId})
CALL (p) {
  OPTIONAL MATCH (p)-[a:ADDRESSES]->(:Need {id: $needId})
  DELETE a
  RETURN count(a) AS removed
}
RETURN p AS node, removed
