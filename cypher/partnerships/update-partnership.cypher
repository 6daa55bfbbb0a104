// $changes holds the plain properties given (null removes one); dates are set only when flagged.
MATCH (p:Partnership {id: $id})
SET p += $changes,
  p.startedOn = CASE WHEN $setStartedOn THEN date($startedOn) ELSE p.startedOn END,
  p.endedOn = CASE WHEN $setEndedOn THEN date($endedOn) ELSE p.endedOn END
RETURN p AS node
