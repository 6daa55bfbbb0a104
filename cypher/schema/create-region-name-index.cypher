CREATE INDEX region_name IF NOT EXISTS FOR (r:Region) ON (r.name)
