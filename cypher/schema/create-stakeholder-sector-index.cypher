CREATE INDEX stakeholder_sector IF NOT EXISTS FOR (s:Stakeholder) ON (s.sector)
