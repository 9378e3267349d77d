package org.dissentgraph.search;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.web.Page;
import org.neo4j.driver.Value;

/**
 * Runs {@code cypher/queries/search-entities.cypher}: exact matches, then spelling variants, each
 * ranked actors first and sources last; the page and its total come from one statement.
 */
@Singleton
class SearchRepository {

    /** What happened and what was claimed: ranked after the actors for the same text. */
    static final List<String> EVENTS = List.of("Criticism", "Penalty", "Purge", "Rule", "Statement", "Vote");

    /** Ranked last: a source is where a name is mentioned, not the one who bears it. */
    static final List<String> SOURCES = List.of("Source");

    private final Reads reads;

    SearchRepository(Reads reads) {
        this.reads = reads;
    }

    Page<SearchHit> search(LuceneQuery query, List<String> types, int offset, int limit) {
        if (query.isEmpty()) {
            return new Page<>(0, limit, offset, List.of());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("exact", query.exact());
        params.put("fuzzy", query.fuzzy().orElse(null));
        params.put("types", types);
        params.put("events", EVENTS);
        params.put("sources", SOURCES);
        params.put("offset", offset);
        params.put("limit", limit);
        return reads.one(
                        "queries/search-entities",
                        params,
                        r -> new Page<>(
                                r.get("total").asLong(),
                                limit,
                                offset,
                                r.get("hits").asList(SearchRepository::hit)))
                .orElseThrow();
    }

    private static SearchHit hit(Value v) {
        return new SearchHit(
                v.get("id").asString(),
                v.get("type").asString(null),
                v.get("name").asString(null),
                v.get("score").asDouble(),
                v.get("match").asString());
    }
}
