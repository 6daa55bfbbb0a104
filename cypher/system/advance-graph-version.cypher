// Run by the query runner at the end of every write transaction that changed data, inside it: the
// graph version takes a fresh value when (and only when) that transaction commits, so an analysis
// cached under a version is never older than the data a reader of that version can see. A random
// token rather than a counter: a test wiping the database cannot bring an old value back.
// The base version is the version of the regions, communities and stakeholders (what the analytics
// keep per scope and no date changes): it takes the same fresh value unless the transaction said it
// changed none of them ($base false: a write of partnerships, their members, needs or assets only).
// A database written before base versions existed has none: the first write then sets it.
MERGE (v:GraphVersion {id: 'graph'})
WITH v, randomUUID() AS next
SET v.version = next,
    v.baseVersion = CASE WHEN $base OR v.baseVersion IS NULL THEN next ELSE v.baseVersion END,
    v.changedAt = datetime()
RETURN v.version AS version
