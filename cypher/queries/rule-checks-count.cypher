// How many rows rule-checks.cypher has in all (one per penalty, rule and recipient), for the page's total.
MATCH (p:Penalty)-[:GOVERNED_BY]->(rule:Rule)
MATCH (person)-[:RECEIVED]->(p)
RETURN count(*) AS total
