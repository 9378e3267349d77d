package org.dissentgraph.penalty;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/**
 * The filters of {@code /api/penalties} and the statement that applies them. Its shape changes
 * with the filters (a faction adds a membership pattern; a missing filter adds nothing, so the
 * planner can use the {@code penalty_kind} and {@code penalty_earliest} indexes), so it is built
 * with Cypher-DSL; values always go in as parameters. It returns the number of matches and one
 * page of ids, in date order; {@code cypher/queries/penalty-details.cypher} then describes them.
 *
 * @param kind a penalty kind, or null
 * @param outcome APPLIED or PROPOSED_NOT_APPLIED, or null
 * @param from the penalty's date range must end on or after this day, or null
 * @param to the penalty's date range must start on or before this day, or null
 * @param faction id of a faction the person belonged to, or null
 */
record PenaltyFilter(String kind, String outcome, LocalDate from, LocalDate to, String faction) {

    private static final Renderer RENDERER = Renderer.getRenderer(
            Configuration.newConfig().withDialect(Dialect.NEO4J_5).build());

    /** The statement, with {@code $offset} and {@code $limit} for the page. */
    String cypher() {
        Node person = Cypher.node("Person").named("person");
        Node p = Cypher.node("Penalty").named("p");
        Condition where = Cypher.noCondition();
        if (kind != null) {
            where = where.and(p.property("kind").isEqualTo(Cypher.parameter("kind")));
        }
        if (outcome != null) {
            where = where.and(p.property("outcome").isEqualTo(Cypher.parameter("outcome")));
        }
        if (from != null) {
            where = where.and(Cypher.coalesce(p.property("latest"), p.property("earliest"))
                    .gte(Cypher.parameter("from")));
        }
        if (to != null) {
            where = where.and(p.property("earliest").lte(Cypher.parameter("to")));
        }
        if (faction != null) {
            Node group = Cypher.node("Faction").withProperties("id", Cypher.parameter("faction"));
            where = where.and(Cypher.exists(List.of(person.relationshipTo(group, "MEMBER_OF"))));
        }
        var ids = Cypher.name("ids");
        Statement statement = Cypher.match(person.relationshipTo(p, "RECEIVED"))
                .where(where)
                .with(p)
                .orderBy(p.property("earliest").ascending(), p.property("id").ascending())
                .with(Cypher.collect(p.property("id")).as(ids))
                .returning(
                        Cypher.size(ids).as("total"),
                        Cypher.subList(
                                        ids,
                                        Cypher.parameter("offset"),
                                        Cypher.parameter("offset").add(Cypher.parameter("limit")))
                                .as("ids"))
                .build();
        return RENDERER.render(statement);
    }

    /** The values of the filters that are set. */
    Map<String, Object> parameters() {
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            params.put("kind", kind);
        }
        if (outcome != null) {
            params.put("outcome", outcome);
        }
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
        if (faction != null) {
            params.put("faction", faction);
        }
        return params;
    }
}
