// The ids among $ids that name no stakeholder.
UNWIND $ids AS id
OPTIONAL MATCH (s:Stakeholder {id: id})
WITH id, s
WHERE s IS NULL
RETURN collect(id) AS missing
