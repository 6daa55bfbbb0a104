// No row back means there was no such need.
MATCH (n:Need {id: $id})
OPTIONAL MATCH (:Partnership)-[a:ADDRESSES]->(n)
WITH n, count(a) AS removedAddressing
DETACH DELETE n
RETURN removedAddressing
