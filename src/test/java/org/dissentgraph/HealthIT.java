package org.dissentgraph;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dissentgraph.support.DatabaseTest;
import org.junit.jupiter.api.Test;

@MicronautTest
class HealthIT extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void health_reports_neo4j_up() {
        String body = http.toBlocking().retrieve("/health");
        assertThat(body).contains("\"status\":\"UP\"").contains("\"neo4j\"");
    }
}
