package org.dissentgraph.criticism;

import static org.neo4j.cypherdsl.core.Cypher.node;
import static org.neo4j.cypherdsl.core.Cypher.parameter;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Fields;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;
import org.dissentgraph.neo4j.Reads;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Criticisms and their consequences: the only place their rows become records. */
@Singleton
class CriticismRepository {

    private static final Renderer RENDERER = Renderer.getRenderer(
            Configuration.newConfig().withDialect(Dialect.NEO4J_5).build());

    private final Reads reads;

    CriticismRepository(Reads reads) {
        this.reads = reads;
    }

    /** Filters of {@code GET /api/criticisms}; null means "any". */
    record Filter(String critic, String target, LocalDate from, LocalDate to, String venue, String faction) {}

    CriticismPage find(Filter filter, int limit, int offset) {
        Node c = node("Criticism").named("c");
        Map<String, Object> params = new HashMap<>();
        Condition where = Cypher.noCondition();
        if (filter.critic() != null) {
            where = where.and(Cypher.anyNode()
                    .withProperties("id", parameter("critic"))
                    .relationshipTo(c, "MADE")
                    .asCondition());
            params.put("critic", filter.critic());
        }
        if (filter.target() != null) {
            where = where.and(c.relationshipTo(Cypher.anyNode().withProperties("id", parameter("target")), "TARGETS")
                    .asCondition());
            params.put("target", filter.target());
        }
        if (filter.venue() != null) {
            where = where.and(c.relationshipTo(Cypher.anyNode().withProperties("id", parameter("venue")), "AT")
                    .asCondition());
            params.put("venue", filter.venue());
        }
        if (filter.faction() != null) {
            // a critic belonged to the faction at a time that can include the criticism (open ends stay open)
            where = where.and(Cypher.raw(
                            "EXISTS { MATCH (critic)-[:MADE]->(c), (critic)-[m:MEMBER_OF]->(:Faction {id: $faction})"
                                    + " WHERE coalesce(m.latest, c.earliest) >= c.earliest AND coalesce(m.earliest, c.latest) <= c.latest }")
                    .asCondition());
            params.put("faction", filter.faction());
        }
        if (filter.from() != null) {
            where = where.and(c.property("latest").gte(parameter("from")));
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where = where.and(c.property("earliest").lte(parameter("to")));
            params.put("to", filter.to());
        }
        String count = RENDERER.render(
                Cypher.match(c).where(where).returning(Cypher.count(c).as("n")).build());
        String page = RENDERER.render(Cypher.match(c)
                .where(where)
                .returning(c.property("id").as("id"))
                .orderBy(c.property("earliest").ascending(), c.property("id").ascending())
                .skip(parameter("skip"))
                .limit(parameter("limit"))
                .build());
        long total = reads.listText(count, params, r -> r.get("n").asLong()).get(0);
        params.put("skip", offset);
        params.put("limit", limit);
        List<String> ids = reads.listText(page, params, r -> r.get("id").asString());
        return new CriticismPage(total, limit, offset, details(ids));
    }

    List<Criticism> details(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return reads.list("queries/criticism-details", Map.of("ids", ids), CriticismRepository::criticism);
    }

    Optional<Criticism> byId(String id) {
        return details(List.of(id)).stream().findFirst();
    }

    /** The criticisms a person made, oldest first, in one statement. */
    List<Criticism> byCritic(String personId) {
        return reads.list(
                "queries/criticism-details-by-critic", Map.of("id", personId), CriticismRepository::criticism);
    }

    /** A person, their death date, and every penalty they received. */
    record PersonPenalties(Ref person, When died, List<PenaltyFact> penalties) {}

    /** The persons with these ids (absent ids are left out), each with all their penalties, in one statement. */
    List<PersonPenalties> penaltiesOf(List<String> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return reads.list("queries/person-penalties", Map.of("ids", personIds), r -> {
            Value person = r.get("person");
            Ref ref = Ref.of(person);
            When died = person.get("died").isNull()
                    ? null
                    : new When(
                            person.get("died").asString(),
                            person.get("diedEarliest").isNull()
                                    ? null
                                    : person.get("diedEarliest").asLocalDate(),
                            person.get("diedLatest").isNull()
                                    ? null
                                    : person.get("diedLatest").asLocalDate(),
                            Fields.text(person, "diedPrecision"));
            List<PenaltyFact> penalties = r.get("penalties").asList(p -> penalty(ref, p));
            return new PersonPenalties(ref, died, penalties);
        });
    }

    private static PenaltyFact penalty(Ref person, Value p) {
        List<Consequences.VoteCount> votes = p.get("votes")
                .asList(v -> new Consequences.VoteCount(
                        v.get("id").asString(),
                        Fields.text(v, "date"),
                        Fields.text(v, "method"),
                        Fields.number(v, "votesFor"),
                        Fields.number(v, "votesAgainst"),
                        Fields.number(v, "abstained"),
                        Fields.number(v, "present"),
                        Fields.number(v, "entitled"),
                        Fields.text(v, "result"),
                        Fields.text(v, "summary")));
        List<String> variantOf = p.get("variantOf").asList(Value::asString);
        return new PenaltyFact(
                person,
                p.get("id").asString(),
                Fields.text(p, "kind"),
                Fields.text(p, "outcome"),
                When.of(p),
                Fields.text(p, "decisionDate"),
                Fields.text(p, "effectiveDate"),
                Fields.text(p, "summary"),
                Fields.text(p, "confidence"),
                Fields.text(p, "status"),
                variantOf.isEmpty() ? null : variantOf.get(0),
                p.get("grounds").asList(Value::asString),
                Citation.listOf(p.get("citations")),
                votes);
    }

    private static Criticism criticism(Record r) {
        Value c = r.get("criticism");
        return new Criticism(
                c.get("id").asString(),
                r.get("critics").asList(Ref::of),
                r.get("targets").asList(Ref::of),
                When.of(c),
                Ref.of(r.get("venue")),
                Ref.of(r.get("document")),
                Fields.text(c, "quote"),
                Fields.text(c, "summary"),
                Fields.text(c, "aftermath"),
                Fields.text(c, "confidence"),
                Fields.text(c, "status"),
                Fields.text(c, "note"),
                Citation.listOf(r.get("citations")));
    }
}
