package org.dissentgraph.ingest.consistency;

/**
 * One thing a consistency rule found, and where: file, line (1 = the header) and column.
 *
 * @param error true when the rows certainly contradict each other; false (a warning) when they
 *     only may, because a date is approximate or uncertain, or because the rule states what is
 *     usual rather than what is possible
 */
public record Finding(String file, long line, String column, String message, boolean error) {}
