package org.dissentgraph.criticism;

import static org.neo4j.cypherdsl.core.Cypher.node;
import static org.neo4j.cypherdsl.core.Cypher.parameter;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.neo4j.Rows;
import org.dissentgraph.web.Page;
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

    /** The total and the page's criticisms, read in one transaction. */
    Page<Criticism> find(Filter filter, int limit, int offset) {
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
        Map<String, Object> pageParams = new HashMap<>(params);
        pageParams.put("skip", offset);
        pageParams.put("limit", limit);
        return reads.inOneTransaction(tx -> {
            long total = tx.listText(count, params, r -> r.get("n").asLong()).get(0);
            List<String> ids = tx.listText(page, pageParams, r -> r.get("id").asString());
            List<Criticism> items = ids.isEmpty()
                    ? List.of()
                    : tx.list("queries/criticism-details", Map.of("ids", ids), CriticismRepository::criticism);
            return new Page<>(total, limit, offset, items);
        });
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
            Ref ref = Rows.ref(person);
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
                            Rows.text(person, "diedPrecision"));
            List<PenaltyFact> penalties = r.get("penalties").asList(p -> penalty(ref, p));
            return new PersonPenalties(ref, died, penalties);
        });
    }

    private static PenaltyFact penalty(Ref person, Value p) {
        List<Consequences.VoteCount> votes = p.get("votes")
                .asList(v -> new Consequences.VoteCount(
                        v.get("id").asString(),
                        Rows.text(v, "date"),
                        Rows.text(v, "method"),
                        Rows.number(v, "votesFor"),
                        Rows.number(v, "votesAgainst"),
                        Rows.number(v, "abstained"),
                        Rows.number(v, "present"),
                        Rows.number(v, "entitled"),
                        Rows.text(v, "result"),
                        Rows.text(v, "summary")));
        List<String> variantOf = p.get("variantOf").asList(Value::asString);
        return new PenaltyFact(
                person,
                p.get("id").asString(),
                Rows.text(p, "kind"),
                Rows.text(p, "outcome"),
                Rows.when(p),
                Rows.text(p, "decisionDate"),
                Rows.text(p, "effectiveDate"),
                Rows.text(p, "summary"),
                Rows.text(p, "confidence"),
                Rows.text(p, "status"),
                variantOf.isEmpty() ? null : variantOf.get(0),
                p.get("grounds").asList(Value::asString),
                Rows.citations(p.get("citations")),
                votes);
    }

    private static Criticism criticism(Record r) {
        Value c = r.get("criticism");
        return new Criticism(
                c.get("id").asString(),
                r.get("critics").asList(Rows::ref),
                r.get("targets").asList(Rows::ref),
                Rows.when(c),
                Rows.ref(r.get("venue")),
                Rows.ref(r.get("document")),
                Rows.text(c, "quote"),
                Rows.text(c, "summary"),
                Rows.text(c, "aftermath"),
                Rows.text(c, "confidence"),
                Rows.text(c, "status"),
                Rows.text(c, "note"),
                Rows.citations(r.get("citations")));
    }
}
