CREATE INDEX partnership_kind IF NOT EXISTS FOR (p:Partnership) ON (p.kind)
