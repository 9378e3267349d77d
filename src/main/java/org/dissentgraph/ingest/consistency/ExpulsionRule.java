package org.dissentgraph.ingest.consistency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dissentgraph.ingest.consistency.Facts.Penalty;
import org.dissentgraph.ingest.consistency.Facts.Reversal;
import org.dissentgraph.ingest.consistency.When.Verdict;

/**
 * A person expelled from an organ ({@code from}) is outside it, and outside every organ that is
 * part of it, until a readmission (reversals.csv: READMISSION or REHABILITATION_PARTY): he or she is not expelled from it again, not expelled or removed
 * from an organ within it, and, when it is the party, not given a party penalty (REPRIMAND,
 * REDUCTION_TO_CANDIDATE). Expulsion from the Central Committee and then from the party is a
 * legitimate sequence: the party is not part of the CC. Only APPLIED rows count; variants are left
 * out. An expulsion counts from when it took effect ({@code effective_date}, else
 * {@code decision_date}); a later penalty counts from its decision. A readmission readmits to
 * the organs its reversed expulsions ({@code reverses}) were {@code from} (and so to every organ
 * containing them), or, when they name none, to whatever the person was expelled from.
 */
final class ExpulsionRule implements Rule {

    @Override
    public void check(Facts facts, Findings out) {
        Map<String, List<Reversal>> readmissionsOf = new HashMap<>();
        for (Reversal r : facts.reversals) {
            if (r.readmits()) {
                readmissionsOf
                        .computeIfAbsent(r.person(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        facts.penaltiesByPerson().forEach((person, all) -> {
            List<Penalty> applied = all.stream().filter(Penalty::applied).toList();
            List<Penalty> expulsions = applied.stream()
                    .filter(p -> p.kind().equals("EXPULSION") && p.from() != null)
                    .toList();
            List<Reversal> readmissions = readmissionsOf.getOrDefault(person, List.of());
            for (Penalty later : applied) {
                Penalty outside = null;
                Verdict verdict = Verdict.NO;
                for (Penalty expulsion : expulsions) {
                    if (expulsion == later || !onlyForMembers(facts, later, expulsion.from())) {
                        continue;
                    }
                    Verdict order = When.after(later.when(), expulsion.effect());
                    if (!order.found()) {
                        if (later.kind().equals("EXPULSION")
                                && later.from().equals(expulsion.from())
                                && later.line() > expulsion.line()
                                && !When.after(expulsion.effect(), later.when()).found()) {
                            out.warn(
                                    "penalties.csv",
                                    later.line(),
                                    "from",
                                    person + " is expelled from " + later.from() + " twice at overlapping dates ("
                                            + later.date() + " here, " + expulsion.effectDate() + " at penalties.csv:"
                                            + expulsion.line() + "): if the two rows are one event as two sources give"
                                            + " it, mark one as variant_of the other; if two, add the readmission"
                                            + " (reversals.csv) between");
                        }
                        continue;
                    }
                    if (readmittedBetween(facts, readmissions, expulsion, later)) {
                        continue;
                    }
                    outside = expulsion;
                    verdict = order;
                }
                if (outside != null) {
                    out.add(verdict, "penalties.csv", later.line(), column(later), message(person, later, outside));
                }
            }
        });
    }

    /** Whether {@code p} can only be given to someone inside {@code organ}. */
    private static boolean onlyForMembers(Facts facts, Penalty p, String organ) {
        return switch (p.kind()) {
            case "EXPULSION", "REMOVAL_FROM_POST" -> p.from() != null && facts.within(p.from(), organ);
            case "REPRIMAND", "REDUCTION_TO_CANDIDATE" ->
                p.from() != null
                        ? facts.within(p.from(), organ)
                        : facts.isParty(organ) && p.imposedBy().stream().allMatch(o -> facts.within(o, organ));
            default -> false;
        };
    }

    private static boolean readmittedBetween(
            Facts facts, List<Reversal> readmissions, Penalty expulsion, Penalty later) {
        for (Reversal r : readmissions) {
            List<String> organs = r.reverses().stream()
                    .map(facts.penaltiesById::get)
                    .filter(p -> p != null && p.from() != null)
                    .map(Penalty::from)
                    .toList();
            boolean sameOrgan = r.reverses().contains(expulsion.id())
                    || organs.isEmpty()
                    || organs.stream().anyMatch(o -> facts.within(o, expulsion.from()));
            When readmitted = When.of(r.date());
            if (sameOrgan
                    && When.after(expulsion.effect(), readmitted) != Verdict.CERTAIN
                    && When.after(readmitted, later.when()) != Verdict.CERTAIN) {
                return true;
            }
        }
        return false;
    }

    private static String column(Penalty p) {
        return p.from() != null ? "from" : "kind";
    }

    private static String message(String person, Penalty later, Penalty expulsion) {
        String since = "expelled from " + expulsion.from() + " at penalties.csv:" + expulsion.line() + " ("
                + expulsion.effectDate() + "), with no readmission (reversals.csv) between";
        if (later.kind().equals("EXPULSION") && later.from().equals(expulsion.from())) {
            return person + " is expelled from " + later.from() + " again on " + later.date() + ": already " + since;
        }
        String what = later.from() != null
                ? (later.kind().equals("EXPULSION") ? "expelled from " : "removed from ") + later.from()
                : "given a " + later.kind() + " (a party penalty)";
        return person + " is " + what + " on " + later.date() + " while outside " + expulsion.from() + ": " + since;
    }
}
