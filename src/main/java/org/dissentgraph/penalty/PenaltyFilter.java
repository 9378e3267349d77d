package org.dissentgraph.penalty;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.Where;
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
 * <p>A list filter that is empty adds nothing; one with values keeps what matches any of them.
 *
 * @param kinds penalty kinds
 * @param outcomes APPLIED and/or PROPOSED_NOT_APPLIED
 * @param from the penalty's date range must end on or after this day, or null
 * @param to the penalty's date range must start on or before this day, or null
 * @param factions ids of factions the person belonged to (any of them)
 * @param persons ids of the persons who received the penalty
 */
record PenaltyFilter(
        List<String> kinds,
        List<String> outcomes,
        LocalDate from,
        LocalDate to,
        List<String> factions,
        List<String> persons) {

    PenaltyFilter {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        factions = factions == null ? List.of() : List.copyOf(factions);
        persons = persons == null ? List.of() : List.copyOf(persons);
    }

    private static final Renderer RENDERER = Renderer.getRenderer(
            Configuration.newConfig().withDialect(Dialect.NEO4J_5).build());

    /** The statement, with {@code $offset} and {@code $limit} for the page. */
    String cypher() {
        Node person = Cypher.node("Person").named("person");
        Node p = Cypher.node("Penalty").named("p");
        Condition where = Cypher.noCondition();
        if (!persons.isEmpty()) {
            where = where.and(person.property("id").in(Cypher.parameter("persons")));
        }
        if (!kinds.isEmpty()) {
            where = where.and(p.property("kind").in(Cypher.parameter("kinds")));
        }
        if (!outcomes.isEmpty()) {
            where = where.and(p.property("outcome").in(Cypher.parameter("outcomes")));
        }
        if (from != null) {
            where = where.and(Cypher.coalesce(p.property("latest"), p.property("earliest"))
                    .gte(Cypher.parameter("from")));
        }
        if (to != null) {
            where = where.and(p.property("earliest").lte(Cypher.parameter("to")));
        }
        if (!factions.isEmpty()) {
            Node group = Cypher.node("Faction").named("faction");
            where = where.and(Cypher.exists(
                    List.of(person.relationshipTo(group, "MEMBER_OF")),
                    Where.from(group.property("id").in(Cypher.parameter("factions")))));
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
        if (!persons.isEmpty()) {
            params.put("persons", persons);
        }
        if (!kinds.isEmpty()) {
            params.put("kinds", kinds);
        }
        if (!outcomes.isEmpty()) {
            params.put("outcomes", outcomes);
        }
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
        if (!factions.isEmpty()) {
            params.put("factions", factions);
        }
        return params;
    }
}
