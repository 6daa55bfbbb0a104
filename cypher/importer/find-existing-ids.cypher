// Which of the ids a document refers to, without defining them, are already stored.
RETURN
  [id IN $regions WHERE EXISTS { MATCH (:Region {id: id}) }] AS regions,
  [id IN $communities WHERE EXISTS { MATCH (:Community {id: id}) }] AS communities,
  [id IN $stakeholders WHERE EXISTS { MATCH (:Stakeholder {id: id}) }] AS stakeholders,
  [id IN $partnerships WHERE EXISTS { MATCH (:Partnership {id: id}) }] AS partnerships,
  [id IN $needs WHERE EXISTS { MATCH (:Need {id: id}) }] AS needs
