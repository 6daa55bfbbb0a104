MATCH (n)
WHERE n:Region OR n:Community OR n:Stakeholder OR n:Partnership
RETURN count(n) AS nodes
