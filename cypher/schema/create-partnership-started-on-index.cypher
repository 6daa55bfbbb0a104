CREATE INDEX partnership_started_on IF NOT EXISTS FOR (p:Partnership) ON (p.startedOn)
