package org.dissentgraph.ingest.consistency;

import org.dissentgraph.ingest.consistency.Facts.Penalty;
import org.dissentgraph.ingest.consistency.Facts.Reversal;

/**
 * A reversal (reversals.csv) undoes penalties of its own person: each id in {@code reverses} is a
 * penalty of the same {@code person}, and the reversal is not dated before the penalty's decision
 * (its {@code decision_date}, else its {@code effective_date}).
 */
final class ReversalRule implements Rule {

    @Override
    public void check(Facts facts, Findings out) {
        for (Reversal r : facts.reversals) {
            for (String id : r.reverses()) {
                Penalty p = facts.penaltiesById.get(id);
                if (p == null) {
                    continue;
                }
                if (!p.person().equals(r.person())) {
                    out.error(
                            "reversals.csv",
                            r.line(),
                            "reverses",
                            "the reversal of " + r.person() + " reverses " + id + " (penalties.csv:" + p.line()
                                    + "), a penalty of " + p.person()
                                    + ": a reversal undoes its own person's penalties");
                    continue;
                }
                out.add(
                        When.after(p.when(), When.of(r.date())),
                        "reversals.csv",
                        r.line(),
                        "date",
                        "the " + r.kind() + " (" + r.date() + ") precedes the penalty it reverses, " + id
                                + " (penalties.csv:" + p.line() + ", " + p.date() + ")");
            }
        }
    }
}
