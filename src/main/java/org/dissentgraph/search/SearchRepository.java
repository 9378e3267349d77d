package org.dissentgraph.search;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dissentgraph.neo4j.Reads;
import org.neo4j.driver.Record;

/** Runs {@code cypher/queries/search-entities.cypher}: an exact pass, then a fuzzy pass to fill the page. */
@Singleton
class SearchRepository {

    private final Reads reads;

    SearchRepository(Reads reads) {
        this.reads = reads;
    }

    List<SearchHit> search(LuceneQuery query, String type, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>(run(query.exact(), type, limit, List.of(), "exact"));
        if (hits.size() < limit) {
            List<String> found = hits.stream().map(SearchHit::id).toList();
            query.fuzzy().ifPresent(fuzzy -> hits.addAll(run(fuzzy, type, limit - hits.size(), found, "fuzzy")));
        }
        return hits;
    }

    private List<SearchHit> run(String lucene, String type, int limit, List<String> exclude, String match) {
        Map<String, Object> params = new HashMap<>();
        params.put("query", lucene);
        params.put("type", type);
        params.put("exclude", exclude);
        params.put("limit", limit);
        return reads.list("queries/search-entities", params, r -> hit(r, match));
    }

    private static SearchHit hit(Record r, String match) {
        return new SearchHit(
                r.get("id").asString(),
                r.get("type").asString(null),
                r.get("name").asString(null),
                r.get("score").asDouble(),
                match);
    }
}
