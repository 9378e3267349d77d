package org.dissentgraph.ingest;

import java.util.List;
import java.util.Map;

/**
 * A dataset turned into what is written: nodes (labels and properties) and relationships
 * (type, ends by id, properties). Built by {@link GraphBuilder}, written by {@link DatasetWriter}.
 */
public record GraphRows(List<NodeRow> nodes, List<RelRow> relationships) {

    public record NodeRow(String id, List<String> labels, Map<String, Object> properties) {}

    public record RelRow(String type, String from, String to, Map<String, Object> properties) {}
}
