package org.dissentgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

/** How driver failures become the API's 503 (the end-to-end proofs are in QueryTimeoutIT). */
class ReadsTest {

    @Test
    void a_timeout_that_reached_a_gds_function_first_is_a_503_not_an_unexpected_error() {
        // as the server reported it when the timeout fell inside gds.graph.project (a 500 before)
        ClientException inAFunction = new ClientException(
                "Neo.ClientError.Procedure.ProcedureCallFailed",
                "Failed to invoke function `gds.graph.project`: Caused by:"
                        + " org.neo4j.graphdb.TransactionTerminatedException: The transaction has been terminated.");
        assertThat(Reads.translated(inAFunction))
                .isInstanceOf(DatabaseUnavailable.class)
                .hasMessageContaining("longer than allowed")
                .hasCause(inAFunction);
    }

    @Test
    void the_timeout_itself_is_a_503_and_a_failing_procedure_otherwise_stays_what_it_is() {
        ClientException timedOut =
                new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out");
        assertThat(Reads.translated(timedOut)).isInstanceOf(DatabaseUnavailable.class);
        ClientException failed = new ClientException(
                "Neo.ClientError.Procedure.ProcedureCallFailed",
                "Failed to invoke procedure `gds.louvain.mutate`: Caused by: java.lang.IllegalArgumentException: no graph");
        assertThat(Reads.translated(failed)).isSameAs(failed);
    }
}
