package org.dissentgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.dissentgraph.neo4j.DatabaseUnavailable;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

class ProblemHandlersTest {

    @Test
    void a_503s_log_line_names_the_drivers_cause_and_its_root_with_credentials_in_a_uri_masked() {
        String userInfo = "neo4j:" + "hunter" + "2";
        DatabaseUnavailable unavailable = new DatabaseUnavailable(
                "The database is unreachable; try again shortly.",
                new ServiceUnavailableException(
                        "Unable to connect to bolt://" + userInfo + "@db.internal:7687",
                        new java.net.ConnectException("Connection refused")));
        assertThat(ProblemHandlers.causes(unavailable))
                .isEqualTo("org.neo4j.driver.exceptions.ServiceUnavailableException: Unable to connect to"
                        + " bolt://***@db.internal:7687; root cause java.net.ConnectException: Connection refused")
                .doesNotContain(userInfo);
    }

    @Test
    void a_503_without_a_cause_says_so() {
        assertThat(ProblemHandlers.causes(new DatabaseUnavailable("busy", null)))
                .isEqualTo("none recorded");
    }
}
