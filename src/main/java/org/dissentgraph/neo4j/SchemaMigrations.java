package org.dissentgraph.neo4j;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema files {@code cypher/schema/V*__*.cypher} with neo4j-migrations, so
 * a new or changed index reaches a database that already exists; applied versions are recorded
 * in the database and not run twice.
 */
public final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {}

    public static void apply(Driver driver) {
        MigrationsConfig config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:cypher/schema")
                .withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
                .build();
        Migrations migrations = new Migrations(config, driver);
        migrations.apply().ifPresent(version -> LOG.info("Schema at version {}", version.getValue()));
    }
}
