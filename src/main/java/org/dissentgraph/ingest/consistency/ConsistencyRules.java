package org.dissentgraph.ingest.consistency;

import java.util.List;
import java.util.function.Function;

/**
 * The rules that rows which pass the row checks must also keep with each other (import/README.md,
 * "Consistency rules"): no second expulsion without a readmission between, nothing after a death
 * but a reversal, memberships within their organ's existence, one date per sentence, grounds before
 * the penalty, a reversal after what it reverses and of the same person, every source cited.
 * Feed it every row with {@link #add}, then {@link #check}. It keeps only the few cells the rules
 * compare.
 */
public final class ConsistencyRules {

    private static final List<Rule> RULES = List.of(
            new ExpulsionRule(),
            new DeathRule(),
            new MembershipRule(),
            new SentenceRule(),
            new GroundsRule(),
            new ReversalRule(),
            new SourceRule());

    /** The words that end the message of a finding that is possible rather than certain (a warning). */
    public static final String POSSIBLY = Findings.POSSIBLY;

    private final Facts facts = new Facts();

    /**
     * One data row.
     *
     * @param file the dataset file it is a row of ({@code penalties.csv}, …)
     * @param line its line in that file
     * @param cell a column name to the row's non-empty cell, or null
     */
    public void add(String file, long line, Function<String, String> cell) {
        facts.add(file, line, cell);
    }

    /** Everything the rules find, in file and line order. */
    public List<Finding> check() {
        Findings out = new Findings();
        for (Rule rule : RULES) {
            rule.check(facts, out);
        }
        return out.sorted();
    }
}
