package org.dissentgraph.neo4j;

/**
 * A start-up problem the user can fix (a port in use, a locked store, a bad setting). Its message
 * says what and how; {@link org.dissentgraph.Application} prints it without a stack trace.
 */
public final class StartupFailure extends RuntimeException {

    public StartupFailure(String message) {
        super(message);
    }

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
