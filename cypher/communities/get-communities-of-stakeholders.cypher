UNWIND $ids AS id
MATCH (:Stakeholder {id: id})-[:BASED_IN]->(c:Community)
RETURN id AS key, c AS node
