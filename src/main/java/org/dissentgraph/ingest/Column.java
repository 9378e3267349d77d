package org.dissentgraph.ingest;

import java.util.List;
import java.util.Set;
import org.dissentgraph.model.RelType;

/**
 * One column of the import format.
 *
 * @param name the header name, as in import/README.md
 * @param type what it holds
 * @param required whether every row must fill it
 * @param vocabulary allowed values for {@link ColumnType#VOCAB}/{@link ColumnType#VOCAB_LIST}
 * @param refKinds the kinds of row a reference may name (empty: any kind)
 * @param relationship for references: the relationship it becomes, or null when it is kept as a property
 * @param outgoing true: {@code (row)-[rel]->(ref)}; false: {@code (ref)-[rel]->(row)}
 */
record Column(
        String name,
        ColumnType type,
        boolean required,
        Set<String> vocabulary,
        Set<Kind> refKinds,
        String relationship,
        boolean outgoing) {

    static Column req(String name, ColumnType type) {
        return new Column(name, type, true, Set.of(), Set.of(), null, true);
    }

    static Column opt(String name, ColumnType type) {
        return new Column(name, type, false, Set.of(), Set.of(), null, true);
    }

    static Column vocab(String name, boolean required, List<String> values) {
        return new Column(name, ColumnType.VOCAB, required, Set.copyOf(values), Set.of(), null, true);
    }

    static Column vocabList(String name, boolean required, List<String> values) {
        return new Column(name, ColumnType.VOCAB_LIST, required, Set.copyOf(values), Set.of(), null, true);
    }

    /** A reference that becomes {@code (row)-[rel]->(ref)}. */
    static Column ref(String name, boolean required, boolean list, RelType rel, Kind... kinds) {
        return new Column(
                name,
                list ? ColumnType.REF_LIST : ColumnType.REF,
                required,
                Set.of(),
                Set.of(kinds),
                rel == null ? null : rel.name(),
                true);
    }

    /** A reference that becomes {@code (ref)-[rel]->(row)}. */
    static Column refIn(String name, boolean required, boolean list, RelType rel, Kind... kinds) {
        return new Column(
                name,
                list ? ColumnType.REF_LIST : ColumnType.REF,
                required,
                Set.of(),
                Set.of(kinds),
                rel == null ? null : rel.name(),
                false);
    }

    /** The property name this column is stored under: {@code decision_date} → {@code decisionDate}. */
    String property() {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
