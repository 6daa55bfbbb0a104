CREATE TEXT INDEX stakeholder_name_text IF NOT EXISTS FOR (s:Stakeholder) ON (s.name)
