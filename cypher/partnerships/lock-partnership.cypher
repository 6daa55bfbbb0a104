// Takes the partnership's write lock first, so concurrent writers to it queue instead of overwriting
// each other's checks (dates, last member); returns its state as seen under the lock.
MATCH (p:Partnership {id: $id})
SET p._lock = true
REMOVE p._lock
WITH p
OPTIONAL MATCH (:Stakeholder)-[m:MEMBER_OF]->(p)
RETURN p AS node, count(m) AS members
