package org.dissentgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.dissentgraph.neo4j.DatabaseUnavailable;
import org.junit.jupiter.api.Test;

class AlgorithmsTest {

    private static final Algorithms.Deadline NONE = () -> {};

    /** a→b→c, a→c twice, c→c. */
    private static final Algorithms.Net SMALL =
            new Algorithms.Net(4, new int[] {0, 1, 0, 0, 2, 3}, new int[] {1, 2, 2, 2, 2, 0});

    @Test
    void degree_counts_every_relationship_at_both_ends() {
        assertThat(Algorithms.degree(SMALL, NONE)).containsExactly(4, 2, 5, 1);
    }

    @Test
    void betweenness_counts_shortest_directed_paths_through_a_node_over_distinct_pairs() {
        // d→a→c and d→a→b: a lies on 2 shortest paths; b on none (a→c is direct)
        assertThat(Algorithms.betweenness(SMALL, 4, 1, NONE)).containsExactly(2, 0, 0, 0);
    }

    @Test
    void pagerank_is_not_normalised_and_a_node_nobody_points_to_keeps_one_minus_d() {
        double[] scores = Algorithms.pageRank(SMALL, NONE);
        assertThat(scores[3]).isCloseTo(0.15, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scores[2]).isGreaterThan(scores[1]);
    }

    @Test
    void louvain_separates_two_cliques_joined_by_one_edge() {
        int[] s = {0, 0, 1, 3, 3, 4, 2};
        int[] t = {1, 2, 2, 4, 5, 5, 3};
        Algorithms.Net net = new Algorithms.Net(6, s, t);
        int[] community = Algorithms.louvain(net, NONE);
        assertThat(community[0]).isEqualTo(community[1]).isEqualTo(community[2]);
        assertThat(community[3]).isEqualTo(community[4]).isEqualTo(community[5]);
        assertThat(community[0]).isNotEqualTo(community[3]);
        assertThat(Algorithms.modularity(net, community))
                .isCloseTo(5.0 / 14, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_computation_past_its_deadline_stops_with_a_503_within_milliseconds() {
        Random random = new Random(7);
        int n = 20_000;
        int m = 200_000;
        int[] s = new int[m];
        int[] t = new int[m];
        for (int i = 0; i < m; i++) {
            s[i] = random.nextInt(n);
            t[i] = random.nextInt(n);
        }
        Algorithms.Net net = new Algorithms.Net(n, s, t);
        for (Runnable run : new Runnable[] {
            () -> Algorithms.betweenness(net, n, 1, new CentralityService.Deadline(Duration.ofMillis(50))),
            () -> Algorithms.louvain(net, new CentralityService.Deadline(Duration.ofMillis(50)))
        }) {
            long started = System.nanoTime();
            assertThatThrownBy(run::run)
                    .isInstanceOf(DatabaseUnavailable.class)
                    .hasMessageContaining("longer than allowed");
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
        }
    }
}
