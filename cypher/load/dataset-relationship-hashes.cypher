// What an earlier import of this dataset wrote, relationship by relationship (with the id of its
// start node): to skip unchanged ones, update changed ones and retract those gone.
MATCH (a:Entity)-[r]->()
WHERE r.dataset = $dataset
RETURN r.id AS id, r.relHash AS hash, a.id AS from
