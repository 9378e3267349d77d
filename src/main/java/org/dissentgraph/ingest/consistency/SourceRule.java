package org.dissentgraph.ingest.consistency;

import java.util.Map;

/**
 * Every source is cited: by a citation, by a membership's {@code sources}, or as the {@code canonical}
 * of a copy. A source nothing cites is a warning: often what is left when its claim was dropped.
 */
final class SourceRule implements Rule {

    @Override
    public void check(Facts facts, Findings out) {
        for (Map.Entry<String, Long> source : facts.sources.entrySet()) {
            if (!facts.citedSources.contains(source.getKey())) {
                out.warn(
                        "sources.csv",
                        source.getValue(),
                        "id",
                        "source " + source.getKey() + " is cited by no claim (citations.csv source, memberships.csv"
                                + " sources, or a copy's canonical): cite it or remove the row");
            }
        }
    }
}
