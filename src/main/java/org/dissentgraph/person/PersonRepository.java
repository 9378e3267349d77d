package org.dissentgraph.person;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.neo4j.Rows;
import org.dissentgraph.web.Page;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A person's timeline; the one place its rows become records. */
@Singleton
class PersonRepository {

    private final Reads reads;

    PersonRepository(Reads reads) {
        this.reads = reads;
    }

    /** Filters of {@code GET /api/persons}; empty lists and nulls mean "any". */
    record Filter(List<String> factions, String q, LocalDate atEarliest, LocalDate atLatest) {}

    /** One page of persons by name and how many match, from one statement. */
    Page<PersonSummary> list(Filter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("factions", filter.factions());
        params.put("q", filter.q() == null ? null : filter.q().toLowerCase(Locale.ROOT));
        params.put("atEarliest", filter.atEarliest());
        params.put("atLatest", filter.atLatest());
        params.put("offset", offset);
        params.put("limit", limit);
        return reads.one(
                        "queries/person-list",
                        params,
                        r -> new Page<>(
                                r.get("total").asLong(),
                                limit,
                                offset,
                                r.get("items").asList(PersonRepository::summary)))
                .orElseThrow();
    }

    /** Ids of every faction, to check the faction filter. */
    List<String> factionIds() {
        return reads.list(
                "queries/penalty-faction-ids", Map.of(), r -> r.get("id").asString());
    }

    private static PersonSummary summary(Value v) {
        return new PersonSummary(
                v.get("id").asString(),
                v.get("name").asString(null),
                v.get("nameRu").asString(null),
                v.get("born").asString(null),
                v.get("died").asString(null),
                v.get("alive").asString(null),
                v.get("factions").asList(Value::asString));
    }

    /** Empty when no person has this id. */
    Optional<Timeline> timeline(String id) {
        Optional<Ref> person = reads.one("queries/person-ref", Map.of("id", id), r -> Rows.ref(r.get("person")));
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> parameters = Map.of("id", id);
        List<TimelineEntry> entries = reads.inOneTransaction(
                TIMELINE_PARTS,
                tx -> TIMELINE_PARTS.stream()
                        .flatMap(part -> tx.list(part, parameters, PersonRepository::entry).stream())
                        .sorted(DATE_ORDER)
                        .toList());
        return Optional.of(new Timeline(
                person.get(),
                entries.stream().filter(e -> e.when() != null).toList(),
                entries.stream().filter(e -> e.when() == null).toList()));
    }

    /**
     * The parts of a timeline, each a small statement (one of thirteen UNION branches cost seconds
     * to plan, and a replanning under load outlived the query timeout: docs/reliability.md).
     */
    static final List<String> TIMELINE_PARTS = List.of(
            "queries/person-timeline-life",
            "queries/person-timeline-criticisms",
            "queries/person-timeline-penalties",
            "queries/person-timeline-documents",
            "queries/person-timeline-accusations");

    /**
     * Date order: by the first day the date can mean (undated last); on one day a birth first and a
     * death last; then by the last day, the kind and the claim's id.
     */
    static final Comparator<TimelineEntry> DATE_ORDER = Comparator.comparing(
                    (TimelineEntry e) -> e.when() == null
                            ? null
                            : e.when().earliest() != null
                                    ? e.when().earliest()
                                    : e.when().latest(),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparingInt(e -> switch (e.kind()) {
                case "BIRTH" -> 0;
                case "DEATH" -> 9;
                default -> 1;
            })
            .thenComparing(
                    e -> e.when() == null ? null : e.when().latest(),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(TimelineEntry::kind)
            .thenComparing(
                    e -> e.ref() == null ? null : e.ref().id(),
                    Comparator.nullsLast(Comparator.<String>naturalOrder()));

    private static TimelineEntry entry(Record r) {
        return new TimelineEntry(
                Rows.when(r.get("when")),
                r.get("kind").asString(),
                r.get("summary").asString(null),
                Rows.ref(r.get("ref")),
                r.get("related").asList(Rows::ref),
                r.get("role").asString(null),
                r.get("status").asString(null),
                r.get("confidence").asString(null),
                r.get("citations").asList(v -> Citation.of(v.asMap())));
    }
}
