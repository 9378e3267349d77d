package org.dissentgraph.neo4j;

import java.nio.file.Path;

/**
 * Fills the in-process store before Neo4j opens it, when there is something to fill it with and
 * it is empty (a first start): the offline import of {@code ingest}. {@link EmbeddedNeo4jFactory}
 * calls it just before it starts the server.
 */
public interface EmptyStoreLoader {

    /** Loads into the store under {@code home} if it holds no database; a dataset with errors is a {@link StartupFailure}. */
    void loadInto(Path home);
}
