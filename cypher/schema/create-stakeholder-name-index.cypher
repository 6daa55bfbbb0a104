CREATE INDEX stakeholder_name IF NOT EXISTS FOR (s:Stakeholder) ON (s.name)
