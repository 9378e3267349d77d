package org.dissentgraph.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a tool the machine may lack (Chromium, a second JVM, Docker) skip with the
 * reason, except under {@code DISSENT_CI_STRICT=true} (set by .ci/run), where a missing tool fails.
 */
public final class Strict {

    private Strict() {}

    public static boolean isStrict() {
        return "true".equalsIgnoreCase(System.getenv("DISSENT_CI_STRICT"));
    }

    public static void require(boolean available, String reason) {
        if (available) {
            return;
        }
        if (isStrict()) {
            Assertions.fail(reason + " (DISSENT_CI_STRICT=true: a missing tool fails the suite)");
        }
        Assumptions.abort(reason);
    }
}
