// One batch of partnerships with their complete member lists. The document is authoritative for the
// partnerships it lists: properties are replaced, members not listed are removed, listed members are
// added or get the listed role. Memberships are classified one by one for the summary. Only the branch
// for a row's outcome runs, on the node the classification found.
UNWIND $rows AS row
OPTIONAL MATCH (old:Partnership {id: row.id})
WITH row, old,
  CASE
    WHEN old IS NULL THEN []
    ELSE [(old)<-[m:MEMBER_OF]-(s:Stakeholder) | {stakeholder: s.id, role: m.role}]
  END AS current
WITH row, old, current, [x IN row.members | x.stakeholder] AS listed
WITH row, old,
  [x IN row.members |
    CASE
      WHEN any(c IN current WHERE c.stakeholder = x.stakeholder AND c.role = x.role) THEN 'unchanged'
      WHEN any(c IN current WHERE c.stakeholder = x.stakeholder) THEN 'updated'
      ELSE 'created'
    END] AS memberOutcomes,
  size([c IN current WHERE NOT c.stakeholder IN listed]) AS membersRemoved,
  old IS NULL AS isNew,
  old IS NOT NULL AND old.name = row.name AND old.kind = row.kind
    AND coalesce(toString(old.startedOn), '') = coalesce(row.startedOn, '')
    AND coalesce(toString(old.endedOn), '') = coalesce(row.endedOn, '')
    AND coalesce(old.themes, []) = row.themes
    AND coalesce(old.description, '') = coalesce(row.description, '') AS sameProperties
WITH row, old, memberOutcomes, membersRemoved,
  CASE
    WHEN isNew THEN 'created'
    WHEN sameProperties AND membersRemoved = 0 AND all(o IN memberOutcomes WHERE o = 'unchanged')
      THEN 'unchanged'
    ELSE 'updated'
  END AS outcome
// A new partnership has no members yet, so its memberships are created without looking for old ones.
CALL (row, outcome) {
  WITH row, outcome
  WHERE outcome = 'created'
  CREATE (p:Partnership {id: row.id})
  SET p.name = row.name, p.kind = row.kind, p.startedOn = date(row.startedOn), p.endedOn = date(row.endedOn),
    p.themes = row.themes, p.description = row.description
  WITH p, row
  UNWIND row.members AS member
  MATCH (s:Stakeholder {id: member.stakeholder})
  CREATE (s)-[:MEMBER_OF {role: member.role}]->(p)
}
CALL (row, outcome, old) {
  WITH row, outcome, old AS p
  WHERE outcome = 'updated'
  SET p.name = row.name, p.kind = row.kind, p.startedOn = date(row.startedOn), p.endedOn = date(row.endedOn),
    p.themes = row.themes, p.description = row.description
  WITH p, row
  CALL (p, row) {
    MATCH (p)<-[stale:MEMBER_OF]-(s:Stakeholder)
    WHERE NOT s.id IN [x IN row.members | x.stakeholder]
    DELETE stale
  }
  CALL (p, row) {
    UNWIND row.members AS member
    MATCH (s:Stakeholder {id: member.stakeholder})
    MERGE (s)-[m:MEMBER_OF]->(p)
    SET m.role = member.role
  }
}
RETURN outcome, count(*) AS rows,
  sum(size([o IN memberOutcomes WHERE o = 'created'])) AS membersCreated,
  sum(size([o IN memberOutcomes WHERE o = 'updated'])) AS membersUpdated,
  sum(size([o IN memberOutcomes WHERE o = 'unchanged'])) AS membersUnchanged,
  sum(membersRemoved) AS membersRemoved
