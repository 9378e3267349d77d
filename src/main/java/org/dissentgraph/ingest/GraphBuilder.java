package org.dissentgraph.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dissentgraph.ingest.GraphRows.NodeRow;
import org.dissentgraph.ingest.GraphRows.RelRow;
import org.dissentgraph.model.RelType;
import org.dissentgraph.time.Edtf;

/**
 * Turns validated rows into nodes and relationships, streaming: typed properties, derived dates
 * ({@code earliest}/{@code latest}/{@code precision}), a display {@code name} and {@code type} for
 * every node, a stable {@code id} for every relationship, and the derived {@code CRITICIZED}
 * edges from each critic to each target.
 */
final class GraphBuilder {

    /** The EDTF column whose range is a node's own {@code earliest}/{@code latest}. */
    private static final Map<Kind, String> MAIN_DATE = Map.ofEntries(
            Map.entry(Kind.FACTION, "active"),
            Map.entry(Kind.ORGAN, "active"),
            Map.entry(Kind.MEETING, "date"),
            Map.entry(Kind.DOCUMENT, "date"),
            Map.entry(Kind.CRITICISM, "date"),
            Map.entry(Kind.VOTE, "date"),
            Map.entry(Kind.PURGE, "date"),
            Map.entry(Kind.STATEMENT, "date"),
            Map.entry(Kind.REVERSAL, "date"),
            Map.entry(Kind.SIGNATURE, "date"),
            Map.entry(Kind.ACCUSATION, "date"),
            Map.entry(Kind.RULE, "inForce"));

    private final Dataset dataset;
    private final String datasetName;

    GraphBuilder(Dataset dataset, String datasetName) {
        this.dataset = dataset;
        this.datasetName = datasetName;
    }

    /** Every node, file by file. */
    void nodes(Consumer<NodeRow> out) {
        for (Kind kind : Kind.values()) {
            if (kind.label().isPresent()) {
                dataset.forEach(kind, row -> out.accept(node(row)));
            }
        }
    }

    /** Every relationship: references of node rows, citations, memberships, derived CRITICIZED, SIGNED, ACCUSED. */
    void relationships(Consumer<RelRow> out) {
        for (Kind kind : Kind.values()) {
            if (kind.label().isPresent()) {
                dataset.forEach(kind, row -> referenceRelationships(row, out));
            }
        }
        dataset.forEach(Kind.CITATION, row -> {
            Map<String, Object> props = new LinkedHashMap<>();
            put(props, "quote", row.get("quote"));
            put(props, "page", row.get("page"));
            put(props, "aspect", row.get("aspect"));
            put(props, "note", row.get("note"));
            out.accept(rel(RelType.CITES.name(), row.get("claim"), row.get("source"), hash(props), props));
        });
        dataset.forEach(Kind.MEMBERSHIP, row -> {
            Map<String, Object> props = new LinkedHashMap<>();
            put(props, "role", row.get("role"));
            dates(props, "date", row.get("date"), true);
            put(props, "dateOriginal", row.get("date_original"));
            props.put("sourceIds", row.list("sources"));
            put(props, "quote", row.get("quote"));
            put(props, "page", row.get("page"));
            put(props, "confidence", row.get("confidence"));
            props.put("status", row.get("status") == null ? "accepted" : row.get("status"));
            put(props, "note", row.get("note"));
            out.accept(rel(
                    RelType.MEMBER_OF.name(),
                    row.get("person"),
                    row.get("group"),
                    row.get("role") + "|" + (row.get("date") == null ? "" : row.get("date")),
                    props));
        });
        dataset.forEach(Kind.CRITICISM, criticism -> {
            for (String critic : criticism.list("critics")) {
                for (String target : criticism.list("targets")) {
                    Map<String, Object> props = new LinkedHashMap<>();
                    props.put("criticismId", criticism.get("id"));
                    dates(props, "date", criticism.get("date"), true);
                    put(props, "quote", criticism.get("quote"));
                    out.accept(rel(RelType.CRITICIZED.name(), critic, target, criticism.get("id"), props));
                }
            }
        });
        dataset.forEach(Kind.SIGNATURE, signature -> {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("signatureId", signature.get("id"));
            dates(props, "date", signature.get("date"), true);
            put(props, "list", signature.get("list"));
            put(props, "reservation", signature.get("reservation"));
            out.accept(rel(
                    RelType.SIGNED.name(),
                    signature.get("person"),
                    signature.get("document"),
                    signature.get("id"),
                    props));
        });
        dataset.forEach(Kind.ACCUSATION, accusation -> {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("accusationId", accusation.get("id"));
            props.put("role", accusation.get("role"));
            dates(props, "date", accusation.get("date"), true);
            out.accept(rel(
                    RelType.ACCUSED.name(),
                    accusation.get("accuser"),
                    accusation.get("accused"),
                    accusation.get("id"),
                    props));
        });
    }

    NodeRow node(Row row) {
        Kind kind = row.kind();
        List<String> labels = new ArrayList<>();
        labels.add(kind.label().orElseThrow());
        if (kind == Kind.MEETING) {
            labels.add(
                    switch (row.get("kind")) {
                        case "congress", "conference" -> "Congress";
                        case "plenum", "joint-plenum" -> "Plenum";
                        default -> "Session";
                    });
        }
        Map<String, Object> props = new TreeMap<>();
        for (Column column : kind.columns()) {
            String value = row.get(column.name());
            if (value == null || column.relationship() != null) {
                continue;
            }
            String property = column.property();
            switch (column.type()) {
                case LIST, VOCAB_LIST -> props.put(property, row.list(column.name()));
                case COUNT -> props.put(property, Long.parseLong(value));
                case SHARE -> props.put(property, new BigDecimal(value).doubleValue());
                case EDTF -> dates(props, property, value, property.equals(MAIN_DATE.get(kind)));
                case YEAR -> {
                    if (value.equals(ColumnType.UNDATED)) {
                        props.put(property, value);
                    } else {
                        dates(props, property, value, false);
                    }
                }
                default -> props.put(property, value);
            }
        }
        if (kind.isClaim()) {
            props.putIfAbsent("status", "accepted");
        }
        if (row.has("aliases")) {
            props.put("aliasText", String.join(" ; ", row.list("aliases"))); // full-text indexes skip lists
        }
        mainRange(row, props);
        props.put("name", displayName(row));
        props.put("type", labels.get(labels.size() - 1)); // Person, Congress, Plenum, Penalty...
        props.put("dataset", datasetName);
        props.put("rowHash", hash(props));
        return new NodeRow(row.get("id"), labels, props);
    }

    /** Persons span birth to death; penalties run from decision to effect; others use their main date. */
    private static void mainRange(Row row, Map<String, Object> props) {
        switch (row.kind()) {
            case PERSON -> {
                if (row.has("born")) {
                    Edtf.parse(row.get("born")).earliest().ifPresent(d -> props.put("earliest", d));
                }
                if (row.has("died")) {
                    Edtf.parse(row.get("died")).latest().ifPresent(d -> props.put("latest", d));
                }
            }
            case PENALTY -> {
                String first = row.has("decision_date") ? row.get("decision_date") : row.get("effective_date");
                String last = row.has("effective_date") ? row.get("effective_date") : row.get("decision_date");
                if (first != null) {
                    Edtf start = Edtf.parse(first);
                    start.earliest().ifPresent(d -> props.put("earliest", d));
                    props.put("precision", start.precision());
                    props.put("date", first);
                    Edtf.parse(last).latest().ifPresent(d -> props.put("latest", d));
                }
            }
            default -> {}
        }
    }

    private String displayName(Row row) {
        String own = row.get("name") != null ? row.get("name") : row.get("title");
        if (own != null) {
            return own;
        }
        IdIndex index = dataset.index();
        return switch (row.kind()) {
            case CRITICISM ->
                String.join(
                                ", ",
                                row.list("critics").stream().map(index::nameOf).toList())
                        + " → "
                        + String.join(
                                ", ",
                                row.list("targets").stream().map(index::nameOf).toList())
                        + " (" + row.get("date") + ")";
            case PENALTY ->
                row.get("kind") + ": " + index.nameOf(row.get("person")) + " ("
                        + (row.has("decision_date") ? row.get("decision_date") : row.get("effective_date")) + ")"
                        + ("PROPOSED_NOT_APPLIED".equals(row.get("outcome")) ? " — proposed, not applied" : "");
            case REVERSAL -> row.get("kind") + ": " + index.nameOf(row.get("person")) + " (" + row.get("date") + ")";
            case SIGNATURE ->
                "Signature: " + index.nameOf(row.get("person")) + " on " + index.nameOf(row.get("document"));
            case ACCUSATION ->
                row.get("role") + ": " + index.nameOf(row.get("accuser")) + " → " + index.nameOf(row.get("accused"))
                        + (row.has("date") ? " (" + row.get("date") + ")" : "");
            case VOTE ->
                "Vote " + row.get("date") + ": " + (row.has("votes_for") ? row.get("votes_for") : "?") + " for, "
                        + (row.has("votes_against") ? row.get("votes_against") : "?") + " against";
            default -> row.get("summary") != null ? abbreviate(row.get("summary")) : row.get("id");
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }

    private void referenceRelationships(Row row, Consumer<RelRow> out) {
        for (Column column : row.kind().columns()) {
            if (column.relationship() == null || row.get(column.name()) == null) {
                continue;
            }
            List<String> targets =
                    column.type() == ColumnType.REF_LIST ? row.list(column.name()) : List.of(row.get(column.name()));
            for (String target : targets) {
                out.accept(
                        column.outgoing()
                                ? rel(column.relationship(), row.get("id"), target, null, new LinkedHashMap<>())
                                : rel(column.relationship(), target, row.get("id"), null, new LinkedHashMap<>()));
            }
        }
    }

    /** A relationship with a stable id: its ends and type, plus what tells apart several between the same ends. */
    private RelRow rel(String type, String from, String to, String discriminator, Map<String, Object> props) {
        props.put("id", from + "|" + type + "|" + to + (discriminator == null ? "" : "|" + discriminator));
        props.put("dataset", datasetName);
        return new RelRow(type, from, to, props);
    }

    /** Puts {@code prop} (the EDTF text) and its derived range; for the main date also the plain names. */
    private static void dates(Map<String, Object> props, String prop, String value, boolean main) {
        if (value == null) {
            return;
        }
        Edtf edtf = Edtf.parse(value);
        props.put(prop, value);
        String prefix = main ? "" : prop;
        edtf.earliest().ifPresent(d -> props.put(main ? "earliest" : prefix + "Earliest", d));
        edtf.latest().ifPresent(d -> props.put(main ? "latest" : prefix + "Latest", d));
        props.put(main ? "precision" : prefix + "Precision", edtf.precision());
        if (edtf.approximate()) {
            props.put(main ? "approximate" : prefix + "Approximate", true);
        }
        if (edtf.uncertain()) {
            props.put(main ? "uncertain" : prefix + "Uncertain", true);
        }
    }

    private static void put(Map<String, Object> props, String key, String value) {
        if (value != null) {
            props.put(key, value);
        }
    }

    static String hash(Map<String, Object> props) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(new TreeMap<>(props).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
