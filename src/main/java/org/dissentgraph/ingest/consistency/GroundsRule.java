package org.dissentgraph.ingest.consistency;

import org.dissentgraph.ingest.consistency.Facts.Criticism;
import org.dissentgraph.ingest.consistency.Facts.Penalty;

/** A penalty is for ({@code grounds}) criticisms already made: none of them is dated after it. */
final class GroundsRule implements Rule {

    @Override
    public void check(Facts facts, Findings out) {
        for (Penalty p : facts.penalties) {
            for (String id : p.grounds()) {
                Criticism c = facts.criticisms.get(id);
                if (c == null) {
                    continue;
                }
                out.add(
                        When.after(When.of(c.date()), p.when()),
                        "penalties.csv",
                        p.line(),
                        "grounds",
                        "the penalty (" + p.date() + ") precedes the criticism it is for, " + id + " (criticisms.csv:"
                                + c.line() + ", " + c.date() + ")");
            }
        }
    }
}
