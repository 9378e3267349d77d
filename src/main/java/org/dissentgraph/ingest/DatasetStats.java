package org.dissentgraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a dataset becomes in the graph: nodes per label, relationships per type, claims per
 * confidence, and how many penalties say who imposed them, where, and for what (coverage).
 * Computed from the files alone, so {@code stats <dir>} needs no database.
 */
public record DatasetStats(
        Map<String, Integer> nodesPerLabel,
        Map<String, Integer> relationshipsPerType,
        Map<String, Integer> claimsPerConfidence,
        int penalties,
        Map<String, Integer> penaltiesWith) {

    /** The columns of penalties.csv whose coverage is counted: who, where, for what. */
    static final List<String> COVERED = List.of("imposed_by", "decided_at", "grounds");

    public static DatasetStats of(Dataset dataset) {
        GraphBuilder graph = new GraphBuilder(dataset, "stats");
        Map<String, Integer> labels = new TreeMap<>();
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> confidence = new TreeMap<>();
        graph.nodes(node -> {
            node.labels().forEach(label -> labels.merge(label, 1, Integer::sum));
            Object level = node.properties().get("confidence");
            if (level != null) {
                confidence.merge(level.toString(), 1, Integer::sum);
            }
        });
        graph.relationships(rel -> {
            types.merge(rel.type(), 1, Integer::sum);
            Object level = rel.properties().get("confidence");
            if (level != null) {
                confidence.merge(level.toString(), 1, Integer::sum);
            }
        });
        int[] penalties = {0};
        Map<String, Integer> with = new LinkedHashMap<>();
        COVERED.forEach(c -> with.put(c, 0));
        dataset.forEach(Kind.PENALTY, row -> {
            if (row.has("variant_of")) {
                return; // a second version of a claim counted already
            }
            penalties[0]++;
            COVERED.stream().filter(row::has).forEach(c -> with.merge(c, 1, Integer::sum));
        });
        return new DatasetStats(labels, types, confidence, penalties[0], with);
    }

    /** The summary as the Markdown table that import/README.md carries. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| nodes per label | |\n|---|---:|\n");
        nodesPerLabel.forEach(
                (k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        out.append("\n| relationships per type | |\n|---|---:|\n");
        relationshipsPerType.forEach(
                (k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        out.append("\n| claims per confidence | |\n|---|---:|\n");
        claimsPerConfidence.forEach(
                (k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        out.append("\n| penalties with (variants left out) | penalties | of | share |\n|---|---:|---:|---:|\n");
        penaltiesWith.forEach((k, v) -> out.append("| ")
                .append(k)
                .append(" | ")
                .append(v)
                .append(" | ")
                .append(penalties)
                .append(" | ")
                .append(penalties == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * v / penalties))
                .append(" |\n"));
        return out.toString();
    }
}
