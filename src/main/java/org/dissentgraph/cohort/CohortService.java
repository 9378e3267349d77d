package org.dissentgraph.cohort;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;
import org.dissentgraph.web.ApiException;

/** Reads a cohort (one transaction) and lets {@link FateAnalysis} and {@link Survival} decide. */
@Singleton
class CohortService {

    static final String METHOD = "Time is months from entry (the act that defines the cohort) to each member's first"
            + " event of the kind. Kaplan–Meier answers 'how likely was the event by t, had no one died first':"
            + " a death of another cause is censored. The cumulative incidence (Aalen–Johansen) answers 'what"
            + " share had the event by t', with death of another cause a competing risk. Follow-up ends at death,"
            + " at until, or at the end of the record (the member's last dated fact). Custody: for ARREST, an"
            + " execution or death in custody with no arrest row is custody, counted as the ARREST event at its"
            + " own date (the latest day the arrest can have been, with a note), not as a competing death."
            + " Uncertain dates: the primary"
            + " curves put every date at its earliest possible day ('earliest': from entry's latest day, the lag's"
            + " minDays), the others at its latest ('latest'). Band: pointwise 95 %, Greenwood, log-log."
            + " Log-rank: two-sample, hypergeometric variance. See docs/api.md (Fates of a cohort) and docs/consequences.md (rule 3).";

    private final CohortRepository repository;

    CohortService(CohortRepository repository) {
        this.repository = repository;
    }

    List<Cohort> list() {
        return repository.list().stream()
                .map(l -> {
                    String id = l.kind() + ":" + l.anchor().id() + (l.at() == null ? "" : "@" + l.at());
                    return new Cohort(
                            id,
                            l.kind(),
                            List.of(l.anchor()),
                            l.date(),
                            l.size(),
                            describe(l.kind(), l.anchor(), l.at()));
                })
                .toList();
    }

    /** A read cohort: its summary, its members' entries and their facts. */
    private record Members(Cohort cohort, List<FateAnalysis.Entry> entries, Map<String, FateAnalysis.Facts> facts) {}

    CohortFates fates(
            CohortSpec spec,
            Function<CohortSpec.Part, String> parameter,
            List<String> events,
            LocalDate until,
            CohortSpec compare) {
        Members main = members(spec, parameter, Set.of());
        FateAnalysis.Analysis a = FateAnalysis.of(main.entries(), main.facts(), events, until);
        CohortFates.Comparison comparison = null;
        if (compare != null) {
            Set<String> mine = new HashSet<>();
            main.entries().forEach(e -> mine.add(e.person().id()));
            Members other = members(compare, part -> "compare", mine);
            FateAnalysis.Analysis b = FateAnalysis.of(other.entries(), other.facts(), events, until);
            List<CohortFates.LogRankTest> tests = new ArrayList<>();
            for (String kind : events) {
                tests.add(new CohortFates.LogRankTest(
                        kind,
                        "earliest",
                        Survival.logRank(a.earliest().get(kind), b.earliest().get(kind))));
                tests.add(new CohortFates.LogRankTest(
                        kind,
                        "latest",
                        Survival.logRank(a.latest().get(kind), b.latest().get(kind))));
            }
            comparison = new CohortFates.Comparison(
                    other.cohort(),
                    other.cohort().size() - other.entries().size(),
                    b.counts(),
                    b.kinds(),
                    b.members(),
                    tests);
        }
        return new CohortFates(
                main.cohort(),
                events,
                until,
                FateAnalysis.PRIMARY_END,
                METHOD,
                a.counts(),
                a.kinds(),
                a.members(),
                comparison);
    }

    /** The cohort's members (without {@code leaveOut}), each entering when every part holds. */
    private Members members(CohortSpec spec, Function<CohortSpec.Part, String> parameter, Set<String> leaveOut) {
        List<FateAnalysis.Entry>[] kept = new List[1];
        CohortRepository.Read read = repository.read(spec, parts -> {
            kept[0] = intersection(parts).stream()
                    .filter(e -> !leaveOut.contains(e.person().id()))
                    .toList();
            return kept[0].stream().map(e -> e.person().id()).toList();
        });
        List<Ref> definedBy = new ArrayList<>();
        for (int i = 0; i < spec.parts().size(); i++) {
            CohortSpec.Part part = spec.parts().get(i);
            CohortRepository.PartRows rows = read.parts().get(i);
            definedBy.add(rows.anchor()
                    .orElseThrow(() -> new ApiException.NotFound(
                            part.label().toLowerCase(java.util.Locale.ROOT) + " (cohort " + part.id() + ")",
                            part.anchor(),
                            parameter.apply(part))));
        }
        int size = intersection(read.parts()).size();
        boolean single = spec.parts().size() == 1;
        CohortSpec.Part first = spec.parts().get(0);
        When date = !single
                ? null
                : first.at() != null
                        ? new When(
                                first.at().text(),
                                first.at().earliest().orElse(null),
                                first.at().latest().orElse(null),
                                first.at().precision())
                        : read.parts().get(0).date();
        String description = String.join(
                ", who are also ",
                java.util.stream.IntStream.range(0, spec.parts().size())
                        .mapToObj(i -> describe(
                                spec.parts().get(i).kind(),
                                definedBy.get(i),
                                spec.parts().get(i).at() == null
                                        ? null
                                        : spec.parts().get(i).at().text()))
                        .toList());
        Cohort cohort =
                new Cohort(spec.id(), single ? first.kind() : "intersection", definedBy, date, size, description);
        List<FateAnalysis.Entry> entries = new ArrayList<>(kept[0]);
        entries.sort(Comparator.comparing(e -> e.person().id()));
        return new Members(cohort, entries, read.facts());
    }

    /** Persons in every part; entry on the latest of their part entries, with all the evidence. */
    static List<FateAnalysis.Entry> intersection(List<CohortRepository.PartRows> parts) {
        if (parts.isEmpty()) {
            return List.of();
        }
        Map<String, FateAnalysis.Entry> acc = new LinkedHashMap<>();
        parts.get(0).entries().forEach(e -> acc.put(e.person().id(), e));
        for (int i = 1; i < parts.size(); i++) {
            Map<String, FateAnalysis.Entry> next = new LinkedHashMap<>();
            for (FateAnalysis.Entry e : parts.get(i).entries()) {
                FateAnalysis.Entry before = acc.get(e.person().id());
                if (before != null) {
                    List<String> evidence = new ArrayList<>(before.evidence());
                    e.evidence().stream().filter(x -> !evidence.contains(x)).forEach(evidence::add);
                    next.put(
                            e.person().id(),
                            new FateAnalysis.Entry(e.person(), later(before.entry(), e.entry()), evidence));
                }
            }
            acc.clear();
            acc.putAll(next);
        }
        return List.copyOf(acc.values());
    }

    /** The later of two entries (both must hold): latest earliest day and latest latest day; undated if either is. */
    private static When later(When a, When b) {
        if (a == null || b == null) {
            return null;
        }
        When byStart = FateAnalysis.day(a).isAfter(FateAnalysis.day(b)) ? a : b;
        java.time.LocalDate la = a.latest() != null ? a.latest() : a.earliest();
        java.time.LocalDate lb = b.latest() != null ? b.latest() : b.earliest();
        return new When(byStart.edtf(), FateAnalysis.day(byStart), la.isAfter(lb) ? la : lb, byStart.precision());
    }

    static String describe(String kind, Ref anchor, String at) {
        String name = anchor.name() == null ? anchor.id() : anchor.name();
        return switch (kind) {
            case "signed" -> "signatories of " + name;
            case "faction" -> "members of " + name;
            case "organ" ->
                at == null ? "members of the " + name + " at any time" : "members of the " + name + " on " + at;
            default -> "persons penalised at " + name;
        };
    }
}
