UNWIND $rows AS row
MERGE (p:Partnership {id: row.id})
SET p.name = row.name, p.kind = row.kind, p.startedOn = date(row.startedOn), p.endedOn = date(row.endedOn),
    p.themes = coalesce(row.themes, [])
