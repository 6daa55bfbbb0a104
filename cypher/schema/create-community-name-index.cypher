CREATE INDEX community_name IF NOT EXISTS FOR (c:Community) ON (c.name)
