package org.dissentgraph.model;

/**
 * Where an import is: the {@code state} of its {@code :Import} audit node, of
 * {@code GET /api/imports/{id}} and of the {@code import} command's last line.
 */
public enum ImportState {
    /** accepted over HTTP, not started yet */
    QUEUED,
    /** checking the files; nothing written */
    VALIDATING,
    /** writing; a crash here is rolled forward at the next start */
    RUNNING,
    /** written */
    DONE,
    /** refused by validation (nothing written) or stopped by an error (see {@code lastError}) */
    FAILED;

    /** DONE or FAILED: nothing more will happen to it. */
    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
