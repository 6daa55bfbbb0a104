// Test clean-up: every entity whose id or name starts with a test file's own prefix.
MATCH (n)
WHERE (n:Region OR n:Community OR n:Stakeholder OR n:Partnership OR n:Need OR n:Asset)
  AND (n.id STARTS WITH $prefix OR n.name STARTS WITH $prefix)
DETACH DELETE n
