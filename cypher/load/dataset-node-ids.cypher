// Every node an earlier import of this dataset wrote (to retract the rows gone from its files).
MATCH (n:Entity {dataset: $dataset})
RETURN n.id AS id
