// Run by the query runner at the end of every write transaction that changed data, inside it: the
// graph version takes a fresh value when (and only when) that transaction commits, so an analysis
// cached under a version is never older than the data a reader of that version can see. A random
// token rather than a counter: a test wiping the database cannot bring an old value back.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = randomUUID(), v.changedAt = datetime()
RETURN v.version AS version
