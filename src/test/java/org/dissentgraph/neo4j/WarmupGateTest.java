package org.dissentgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WarmupGateTest {

    @Test
    void a_request_for_a_query_being_planned_waits_until_it_is_planned() throws Exception {
        WarmupGate gate = new WarmupGate();
        gate.begin(List.of("queries/a", "queries/b"));
        CompletableFuture<Void> request =
                CompletableFuture.runAsync(() -> gate.awaitPlanned("queries/a", Duration.ofSeconds(30)));
        Thread.sleep(200);
        assertThat(request).as("still waiting for the warm-up of queries/a").isNotDone();
        gate.done("queries/a");
        request.get(5, TimeUnit.SECONDS);
        assertThat(gate.idle()).as("queries/b is still being planned").isFalse();
        gate.done("queries/b");
        assertThat(gate.idle()).isTrue();
    }

    @Test
    void other_queries_pass_and_a_late_warm_up_does_not_hold_a_request_beyond_its_timeout() {
        WarmupGate gate = new WarmupGate();
        gate.begin(List.of("queries/a"));
        long started = System.nanoTime();
        gate.awaitPlanned("queries/other", Duration.ofSeconds(30));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        long waited = System.nanoTime();
        assertThatThrownBy(() -> gate.awaitPlanned("queries/a", Duration.ofMillis(100)))
                .as("a request that waited its whole timeout is answered 503, not run after it")
                .isInstanceOf(DatabaseUnavailable.class)
                .hasMessageContaining("try again shortly");
        assertThat(Duration.ofNanos(System.nanoTime() - waited))
                .isGreaterThanOrEqualTo(Duration.ofMillis(100))
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void await_idle_returns_when_everything_is_planned_and_false_at_its_limit() throws Exception {
        WarmupGate gate = new WarmupGate();
        gate.begin(List.of("queries/a", "queries/b"));
        assertThat(gate.awaitIdle(Duration.ofMillis(100)))
                .as("nothing planned yet")
                .isFalse();
        CompletableFuture.runAsync(() -> {
            gate.done("queries/a");
            gate.done("queries/b");
        });
        assertThat(gate.awaitIdle(Duration.ofSeconds(30))).isTrue();
    }
}
