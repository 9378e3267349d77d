package org.dissentgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dissentgraph.graph.Snapshots.Certainty;
import org.dissentgraph.graph.Snapshots.MembershipRow;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

    private static final LocalDate JUNE_1920 = LocalDate.of(1920, 6, 1);
    private static final LocalDate JANUARY_1921 = LocalDate.of(1921, 1, 15);
    private static final LocalDate MARCH_1921 = LocalDate.of(1921, 3, 15);
    private static final LocalDate JUNE_1921 = LocalDate.of(1921, 6, 1);

    @Test
    void a_fuzzy_interval_holds_certainly_between_its_latest_start_and_its_earliest_end() {
        // 1920/1921-03: began some day in 1920, ended some day in March 1921
        assertThat(Snapshots.certainty("1920/1921-03", JANUARY_1921, JANUARY_1921))
                .contains(Certainty.CERTAINLY);
        assertThat(Snapshots.certainty("1920/1921-03", LocalDate.of(1920, 12, 31), LocalDate.of(1920, 12, 31)))
                .contains(Certainty.CERTAINLY);
        assertThat(Snapshots.certainty("1920/1921-03", LocalDate.of(1921, 3, 1), LocalDate.of(1921, 3, 1)))
                .contains(Certainty.CERTAINLY);
    }

    @Test
    void a_fuzzy_interval_holds_only_possibly_where_its_start_or_end_may_fall() {
        assertThat(Snapshots.certainty("1920/1921-03", JUNE_1920, JUNE_1920)).contains(Certainty.POSSIBLY);
        assertThat(Snapshots.certainty("1920/1921-03", LocalDate.of(1920, 1, 1), LocalDate.of(1920, 1, 1)))
                .contains(Certainty.POSSIBLY);
        assertThat(Snapshots.certainty("1920/1921-03", MARCH_1921, MARCH_1921)).contains(Certainty.POSSIBLY);
        assertThat(Snapshots.certainty("1920/1921-03", LocalDate.of(1921, 3, 31), LocalDate.of(1921, 3, 31)))
                .contains(Certainty.POSSIBLY);
    }

    @Test
    void outside_its_widest_range_a_membership_does_not_hold() {
        assertThat(Snapshots.certainty("1920/1921-03", JUNE_1921, JUNE_1921)).isEmpty();
        assertThat(Snapshots.certainty("1920/1921-03", LocalDate.of(1919, 12, 31), LocalDate.of(1919, 12, 31)))
                .isEmpty();
    }

    @Test
    void an_open_end_is_still_open_and_an_open_start_began_before_any_date() {
        assertThat(Snapshots.certainty("1919-03/..", LocalDate.of(1937, 1, 1), LocalDate.of(1937, 1, 1)))
                .contains(Certainty.CERTAINLY);
        assertThat(Snapshots.certainty("1919-03/..", LocalDate.of(1919, 3, 10), LocalDate.of(1919, 3, 10)))
                .contains(Certainty.POSSIBLY);
        assertThat(Snapshots.certainty("../1921", LocalDate.of(1918, 1, 1), LocalDate.of(1918, 1, 1)))
                .contains(Certainty.CERTAINLY);
        assertThat(Snapshots.certainty("../1921", JUNE_1921, JUNE_1921)).contains(Certainty.POSSIBLY);
        assertThat(Snapshots.certainty("../1921", LocalDate.of(1922, 1, 1), LocalDate.of(1922, 1, 1)))
                .isEmpty();
    }

    @Test
    void approximate_starts_widen_both_possible_start_days() {
        // 1918-01~ may mean December 1917 to February 1918
        assertThat(Snapshots.certainty("1918-01~/..", LocalDate.of(1917, 12, 15), LocalDate.of(1917, 12, 15)))
                .contains(Certainty.POSSIBLY);
        assertThat(Snapshots.certainty("1918-01~/..", LocalDate.of(1918, 2, 15), LocalDate.of(1918, 2, 15)))
                .contains(Certainty.POSSIBLY);
        assertThat(Snapshots.certainty("1918-01~/..", LocalDate.of(1918, 3, 1), LocalDate.of(1918, 3, 1)))
                .contains(Certainty.CERTAINLY);
    }

    @Test
    void a_single_date_pins_down_one_day_at_most() {
        assertThat(Snapshots.certainty("1925-12", LocalDate.of(1925, 12, 20), LocalDate.of(1925, 12, 20)))
                .contains(Certainty.POSSIBLY);
        assertThat(Snapshots.certainty("1927-10-23", LocalDate.of(1927, 10, 23), LocalDate.of(1927, 10, 23)))
                .contains(Certainty.CERTAINLY);
        assertThat(Snapshots.certainty("1925-12", LocalDate.of(1926, 1, 1), LocalDate.of(1926, 1, 1)))
                .isEmpty();
    }

    @Test
    void an_undated_membership_can_only_possibly_hold() {
        assertThat(Snapshots.certainty(null, JUNE_1921, JUNE_1921)).contains(Certainty.POSSIBLY);
    }

    @Test
    void for_a_range_of_days_certainly_means_on_every_one_of_them() {
        LocalDate start1921 = LocalDate.of(1921, 1, 1);
        LocalDate end1921 = LocalDate.of(1921, 12, 31);
        assertThat(Snapshots.certainty("1921-03-16/1926-07-23", start1921, end1921))
                .contains(Certainty.POSSIBLY);
        assertThat(Snapshots.certainty("1917-10-23/1926-10-23", start1921, end1921))
                .contains(Certainty.CERTAINLY);
    }

    @Test
    void the_snapshot_of_a_small_graph_groups_members_certain_first_and_leaves_out_what_cannot_hold() {
        Ref opposition = new Ref("workers-opposition", "Faction", "Workers' Opposition");
        Ref politburo = new Ref("politburo", "Organ", "Politburo");
        Ref kollontai = new Ref("kollontai-alexandra", "Person", "Alexandra Kollontai");
        Ref shlyapnikov = new Ref("shlyapnikov-alexander", "Person", "Alexander Shlyapnikov");
        Ref krestinsky = new Ref("krestinsky-nikolay", "Person", "Nikolay Krestinsky");
        Ref trotsky = new Ref("trotsky-leon", "Person", "Leon Trotsky");
        Ref bukharin = new Ref("bukharin-nikolai", "Person", "Nikolai Bukharin");
        List<Citation> cited = List.of(new Citation("wp", "Source", null, null, "encyclopedia", "quote", null, null));
        List<MembershipRow> graph = List.of(
                new MembershipRow(opposition, shlyapnikov, "r1", "leader", "1920/1921-03", cited),
                new MembershipRow(opposition, kollontai, "r2", "leader", "1920/1921-03", cited),
                new MembershipRow(politburo, krestinsky, "r3", "member", "1919-03/1921", cited),
                new MembershipRow(politburo, trotsky, "r4", "member", "1917-10-23/1926-10-23", cited),
                new MembershipRow(politburo, bukharin, "r5", "member", "1924-06-02/1929-11-17", cited));

        Snapshot june = Snapshots.assemble(new At("1921-06-01", JUNE_1921, JUNE_1921), graph);
        Snapshot january = Snapshots.assemble(new At("1921-01-15", JANUARY_1921, JANUARY_1921), graph);

        assertThat(june)
                .isEqualTo(new Snapshot(
                        "1921-06-01",
                        JUNE_1921,
                        JUNE_1921,
                        List.of(new Snapshot.Group(
                                politburo,
                                List.of(
                                        new Snapshot.Member(
                                                trotsky, "member", "certainly", "1917-10-23/1926-10-23", "r4", cited),
                                        new Snapshot.Member(
                                                krestinsky, "member", "possibly", "1919-03/1921", "r3", cited))))));
        assertThat(january.groups()).extracting(g -> g.group().id()).containsExactly("workers-opposition", "politburo");
        assertThat(january.groups().get(0).members())
                .extracting(m -> m.person().id())
                .containsExactly("kollontai-alexandra", "shlyapnikov-alexander");
        // Krestinsky's seat ended some day of 1921, which may already be past on 15 January
        assertThat(january.groups().get(1).members())
                .extracting(m -> m.person().id() + " " + m.certainty())
                .containsExactly("trotsky-leon certainly", "krestinsky-nikolay possibly");
    }
}
