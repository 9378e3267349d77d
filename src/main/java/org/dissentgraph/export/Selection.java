package org.dissentgraph.export;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dissentgraph.model.RelType;

/**
 * What an export holds: the whole graph, or the ego subgraph of one node; only what can overlap a
 * date window; with or without the sources.
 *
 * @param ego the ego subgraph, or null for the whole graph
 * @param from the window's first day, or null (open)
 * @param to the window's last day, or null (open)
 * @param window the window as asked ({@code from=1921&to=1922}), or null
 * @param sources whether Source nodes and CITES (and COPY_OF between sources) are included
 */
record Selection(
        @Nullable Ego ego,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String window,
        boolean sources) {

    /**
     * An ego subgraph: the nodes the graph feature's ego view keeps ({@code ids}, plus with
     * sources the Source nodes they cite) and the relationships of the types {@code rels} among them.
     */
    record Ego(String centre, int depth, int maxNodes, List<String> ids, List<String> rels, boolean truncated) {}

    /** The parameters of the export queries ({@code cypher/queries/export-*.cypher}). */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("sources", sources);
        if (ego != null) {
            parameters.put("ids", ego.ids());
            List<String> rels = new ArrayList<>(ego.rels());
            if (sources) {
                rels.add(RelType.CITES.name());
                rels.add(RelType.COPY_OF.name());
            }
            parameters.put("rels", rels);
        }
        return parameters;
    }

    /** One line saying what the export holds, written into each file. */
    String describe() {
        StringBuilder text = new StringBuilder("Dissent Graph export: ");
        if (ego == null) {
            text.append("the whole graph");
        } else {
            text.append("the ego network of ")
                    .append(ego.centre())
                    .append(" at depth ")
                    .append(ego.depth())
                    .append(" over ")
                    .append(String.join(", ", ego.rels()));
            if (ego.truncated()) {
                text.append(", cut to the nearest ").append(ego.maxNodes()).append(" nodes");
            }
        }
        if (window != null) {
            text.append(", only what can overlap ").append(window);
        }
        text.append(sources ? ", with sources and citations" : ", without sources");
        return text.toString();
    }
}
