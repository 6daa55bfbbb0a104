// One batch of regions. Each row is classified against what is stored before anything is written;
// unchanged rows are not written at all, so a re-import only reads.
UNWIND $rows AS row
OPTIONAL MATCH (old:Region {id: row.id})
WITH row,
  CASE
    WHEN old IS NULL THEN 'created'
    WHEN old.name = row.name AND old.country = row.country THEN 'unchanged'
    ELSE 'updated'
  END AS outcome
CALL (row, outcome) {
  WITH row, outcome
  WHERE outcome <> 'unchanged'
  MERGE (r:Region {id: row.id})
  SET r.name = row.name, r.country = row.country
}
RETURN outcome, count(*) AS rows
