package org.dissentgraph.ingest.consistency;

import org.dissentgraph.ingest.consistency.Facts.Criticism;
import org.dissentgraph.ingest.consistency.Facts.Penalty;

/** A penalty is for ({@code grounds}) criticisms already made and signatures already given: none is dated after it. */
final class GroundsRule implements Rule {

    @Override
    public void check(Facts facts, Findings out) {
        for (Penalty p : facts.penalties) {
            for (String id : p.grounds()) {
                Facts.Act signature = facts.signatures.get(id);
                if (signature != null) {
                    out.add(
                            When.after(When.of(signature.date()), p.when()),
                            "penalties.csv",
                            p.line(),
                            "grounds",
                            "the penalty (" + p.date() + ") precedes the signature it is for, " + id
                                    + " (signatures.csv:" + signature.line() + ", " + signature.date() + ")");
                }
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
