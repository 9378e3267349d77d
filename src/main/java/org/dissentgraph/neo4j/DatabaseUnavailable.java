package org.dissentgraph.neo4j;

/**
 * The database is unreachable, busy, or the query ran out of its time: what {@link Reads} (and a
 * repository holding its own transaction, through {@link Reads#translated}) turns driver failures
 * into. The web layer answers it with a 503 problem.
 */
public final class DatabaseUnavailable extends RuntimeException {

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
