// The current graph version (see advance-graph-version); 'initial' before the first write.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, 'initial') AS version
