package org.dissentgraph.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a dataset becomes in the graph: nodes per label, relationships per type, claims per
 * confidence. Computed from the files alone, so {@code stats <dir>} needs no database.
 */
public record DatasetStats(
        Map<String, Integer> nodesPerLabel,
        Map<String, Integer> relationshipsPerType,
        Map<String, Integer> claimsPerConfidence) {

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
        return new DatasetStats(labels, types, confidence);
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
        return out.toString();
    }
}
