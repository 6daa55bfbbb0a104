// Every single-property uniqueness rule on nodes, whatever its name: one created by hand without a
// name (CREATE CONSTRAINT FOR (n:Region) REQUIRE n.id IS UNIQUE) serves as well as ours. A node key
// on the id alone is also unique.
SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
WHERE entityType = 'NODE' AND type IN ['UNIQUENESS', 'NODE_KEY'] AND size(labelsOrTypes) = 1 AND size(properties) = 1
RETURN labelsOrTypes[0] AS label, properties[0] AS property, name
