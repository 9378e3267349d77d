package org.dissentgraph.cohort;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dissentgraph.criticism.FinalFates;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.neo4j.Rows;
import org.dissentgraph.time.Edtf;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Cohorts and their members' facts: the only place their rows become records. */
@Singleton
class CohortRepository {

    private final Reads reads;

    CohortRepository(Reads reads) {
        this.reads = reads;
    }

    /** A listed cohort as the list query gives it. */
    record Listed(String kind, Ref anchor, When date, String at, int size) {}

    List<Listed> list() {
        return reads.list(
                "queries/cohort-list",
                Map.of(),
                r -> new Listed(
                        r.get("kind").asString(),
                        Rows.ref(r.get("anchor")),
                        when(r.get("date"), r.get("earliest"), r.get("latest")),
                        r.get("at").isNull() ? null : r.get("at").asString(),
                        r.get("size").asInt()));
    }

    /** One part of a cohort read: what defines it (empty when no such node) and its members' entries. */
    record PartRows(Optional<Ref> anchor, When date, List<FateAnalysis.Entry> entries) {}

    /** The members of every part and their facts, in one read transaction. */
    record Read(List<PartRows> parts, Map<String, FateAnalysis.Facts> facts) {}

    /**
     * Statement per part: its anchor and its members; then one statement for the facts of the members
     * of the intersection (computed by {@code members}).
     */
    Read read(CohortSpec spec, java.util.function.Function<List<PartRows>, List<String>> members) {
        return reads.inOneTransaction(List.of("queries/cohort-member-facts"), tx -> {
            List<PartRows> parts = new ArrayList<>();
            for (CohortSpec.Part part : spec.parts()) {
                Map<String, Object> anchorParams = Map.of("anchor", part.anchor(), "label", part.label());
                var anchor =
                        tx.one("queries/cohort-anchor", anchorParams, r -> new Object[] {
                            Rows.ref(r.get("anchor")), when(r.get("text"), r.get("earliest"), r.get("latest"))
                        });
                if (anchor.isEmpty()) {
                    parts.add(new PartRows(Optional.empty(), null, List.of()));
                    continue;
                }
                When anchorDate = (When) anchor.get()[1];
                List<FateAnalysis.Entry> entries = switch (part.kind()) {
                    case "signed" ->
                        earliestPerPerson(tx.list(
                                "queries/cohort-signed", Map.of("anchor", part.anchor()), CohortRepository::dated));
                    case "penalised" ->
                        earliestPerPerson(tx.list(
                                "queries/cohort-penalised", Map.of("anchor", part.anchor()), CohortRepository::dated));
                    default -> memberships(tx, part, anchorDate);
                };
                parts.add(new PartRows(Optional.of((Ref) anchor.get()[0]), anchorDate, entries));
            }
            List<String> ids = members.apply(parts);
            Map<String, FateAnalysis.Facts> facts = new HashMap<>();
            if (!ids.isEmpty()) {
                tx.list("queries/cohort-member-facts", Map.of("ids", ids), CohortRepository::facts)
                        .forEach(f -> facts.put(f.person().id(), f));
            }
            return new Read(parts, facts);
        });
    }

    private static List<FateAnalysis.Entry> memberships(Reads.Tx tx, CohortSpec.Part part, When anchorDate) {
        Map<String, Object> params = new HashMap<>();
        params.put("anchor", part.anchor());
        params.put("label", part.label());
        params.put("atEarliest", part.at() == null ? null : part.at().earliest().orElse(null));
        params.put("atLatest", part.at() == null ? null : part.at().latest().orElse(null));
        List<FateAnalysis.Entry> rows = tx.list("queries/cohort-members-of", params, r -> {
            Ref person = Rows.ref(r.get("person"));
            List<String> evidence = List.of(r.get("evidence").asString());
            if (part.at() != null) {
                Edtf at = part.at();
                return new FateAnalysis.Entry(
                        person,
                        new When(
                                at.text(),
                                at.earliest().orElse(null),
                                at.latest().orElse(null),
                                at.precision()),
                        evidence);
            }
            // the entry is the membership's start, else the group's
            When start = start(text(r.get("date")));
            if (start == null) {
                start = start(text(r.get("groupActive")));
            }
            return new FateAnalysis.Entry(person, start, evidence);
        });
        return earliestPerPerson(rows);
    }

    /** The start of an EDTF date or interval as a range of days; null when open, unknown or unparsable. */
    static When start(String edtf) {
        if (edtf == null || edtf.isBlank()) {
            return null;
        }
        int slash = edtf.indexOf('/');
        String start = slash < 0 ? edtf : edtf.substring(0, slash);
        if (start.isBlank() || start.equals("..")) {
            return null;
        }
        try {
            Edtf e = Edtf.parse(start);
            return new When(start, e.earliest().orElse(null), e.latest().orElse(null), e.precision());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static FateAnalysis.Entry dated(Record r) {
        Value evidence = r.get("evidence");
        List<String> ids = evidence.isNull()
                ? List.of()
                : evidence.hasType(
                                org.neo4j.driver.types.TypeSystem.getDefault().LIST())
                        ? evidence.asList(Value::asString)
                        : List.of(evidence.asString());
        return new FateAnalysis.Entry(
                Rows.ref(r.get("person")), when(r.get("date"), r.get("earliest"), r.get("latest")), ids);
    }

    /** One entry per person: the earliest (undated last), with the evidence of all of them. */
    private static List<FateAnalysis.Entry> earliestPerPerson(List<FateAnalysis.Entry> rows) {
        Map<String, FateAnalysis.Entry> by = new LinkedHashMap<>();
        for (FateAnalysis.Entry e : rows) {
            by.merge(e.person().id(), e, (a, b) -> {
                List<String> evidence = new ArrayList<>(a.evidence());
                b.evidence().stream().filter(x -> !evidence.contains(x)).forEach(evidence::add);
                FateAnalysis.Entry earlier = earlier(a, b);
                return new FateAnalysis.Entry(earlier.person(), earlier.entry(), List.copyOf(evidence));
            });
        }
        return List.copyOf(by.values());
    }

    private static FateAnalysis.Entry earlier(FateAnalysis.Entry a, FateAnalysis.Entry b) {
        LocalDate da = a.entry() == null ? null : FateAnalysis.day(a.entry());
        LocalDate db = b.entry() == null ? null : FateAnalysis.day(b.entry());
        if (da == null) {
            return db == null ? a : b;
        }
        return db == null || !db.isBefore(da) ? a : b;
    }

    private static FateAnalysis.Facts facts(Record r) {
        Value person = r.get("person");
        Ref ref = Rows.ref(person);
        When died = person.get("died").isNull()
                ? null
                : new When(
                        person.get("died").asString(),
                        date(person.get("diedEarliest")),
                        date(person.get("diedLatest")),
                        Rows.text(person, "diedPrecision"));
        List<FinalFates.Penalty> penalties = r.get("penalties")
                .asList(p -> new FinalFates.Penalty(
                        p.get("id").asString(),
                        Rows.text(p, "kind"),
                        Rows.text(p, "outcome"),
                        Rows.when(p),
                        Rows.text(p, "variantOf"),
                        Rows.text(p, "summary")));
        LocalDate last = date(r.get("last"));
        return new FateAnalysis.Facts(ref, died, penalties, last);
    }

    private static When when(Value text, Value earliest, Value latest) {
        LocalDate e = date(earliest);
        LocalDate l = date(latest);
        String t = text(text);
        return t == null && e == null && l == null ? null : new When(t, e, l, null);
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
