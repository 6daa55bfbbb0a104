// The current graph version and base version (see advance-graph-version); 'initial' before the first
// write, and the version itself where no base version was written yet.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, 'initial') AS version,
       coalesce(v.baseVersion, v.version, 'initial') AS baseVersion
