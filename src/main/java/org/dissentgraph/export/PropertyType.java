package org.dissentgraph.export;

import java.util.Locale;

/**
 * The type of a property column in an export, from Neo4j's {@code valueType()} of the values it
 * holds. A column whose values differ in type falls back to the widest type that holds them all
 * (long and double: double; a list and anything: a list of strings; else string).
 */
enum PropertyType {
    STRING("string", "string"),
    LONG("long", "long"),
    DOUBLE("double", "double"),
    BOOLEAN("boolean", "boolean"),
    /** A Neo4j date: an ISO date string in GraphML, GEXF and Cytoscape, {@code date} for neo4j-admin. */
    DATE("string", "date"),
    STRING_LIST("string", "string[]"),
    LONG_LIST("string", "long[]"),
    DOUBLE_LIST("string", "double[]"),
    BOOLEAN_LIST("string", "boolean[]");

    private final String xml;
    private final String neo4jAdmin;

    PropertyType(String xml, String neo4jAdmin) {
        this.xml = xml;
        this.neo4jAdmin = neo4jAdmin;
    }

    /** {@code attr.type} in GraphML and {@code type} in GEXF: lists and dates become strings there. */
    String xml() {
        return xml;
    }

    /** The type of a column header of {@code neo4j-admin database import}. */
    String neo4jAdmin() {
        return neo4jAdmin;
    }

    boolean isList() {
        return this == STRING_LIST || this == LONG_LIST || this == DOUBLE_LIST || this == BOOLEAN_LIST;
    }

    /**
     * The type of a Neo4j {@code valueType()} text, e.g. {@code STRING NOT NULL} or
     * {@code LIST<STRING NOT NULL> NOT NULL}. Other temporal and spatial types are exported as
     * their text.
     */
    static PropertyType ofValueType(String valueType) {
        String type =
                valueType.toUpperCase(Locale.ROOT).replace(" NOT NULL", "").strip();
        if (type.startsWith("LIST")) {
            String element = type.replaceFirst("^LIST\\s*<\\s*", "").replaceFirst("\\s*>$", "");
            return switch (element) {
                case "INTEGER" -> LONG_LIST;
                case "FLOAT" -> DOUBLE_LIST;
                case "BOOLEAN" -> BOOLEAN_LIST;
                default -> STRING_LIST;
            };
        }
        return switch (type) {
            case "INTEGER" -> LONG;
            case "FLOAT" -> DOUBLE;
            case "BOOLEAN" -> BOOLEAN;
            case "DATE" -> DATE;
            default -> STRING;
        };
    }

    /** The type of a column that holds values of both types. */
    static PropertyType merge(PropertyType a, PropertyType b) {
        if (a == null || a == b) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if ((a == LONG && b == DOUBLE) || (a == DOUBLE && b == LONG)) {
            return DOUBLE;
        }
        if ((a == LONG_LIST && b == DOUBLE_LIST) || (a == DOUBLE_LIST && b == LONG_LIST)) {
            return DOUBLE_LIST;
        }
        if (a.isList() || b.isList()) {
            return STRING_LIST;
        }
        return STRING;
    }
}
