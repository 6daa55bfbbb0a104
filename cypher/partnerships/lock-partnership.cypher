// Takes the partnership's write lock first, so concurrent writers to it queue instead of overwriting
// each other's checks (dates, last member); returns its state as seen under the lock.
MATCH (p:Partnership {id: $id})
SET p._lock = true
REMOVE p._lock
RETURN p AS node
