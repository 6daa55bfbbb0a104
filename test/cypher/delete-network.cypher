// Removes a test fixture: every region, community, stakeholder and partnership with one of the ids.
MATCH (n)
WHERE (n:Region OR n:Community OR n:Stakeholder OR n:Partnership OR n:Need OR n:Asset) AND n.id IN $ids
DETACH DELETE n
