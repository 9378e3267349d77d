package org.dissentgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellsTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static ExportNode node(String id, String type, String earliest, String latest, String criticizedUntil) {
        Map<String, Object> properties = new HashMap<>();
        if (earliest != null) {
            properties.put("earliest", d(earliest));
        }
        if (latest != null) {
            properties.put("latest", d(latest));
        }
        return new ExportNode(
                id,
                List.of("Entity", type),
                type,
                null,
                criticizedUntil == null ? null : d(criticizedUntil),
                properties);
    }

    static ExportEdge edge(String earliest, String latest) {
        Map<String, Object> properties = new HashMap<>();
        if (earliest != null) {
            properties.put("earliest", d(earliest));
        }
        if (latest != null) {
            properties.put("latest", d(latest));
        }
        return new ExportEdge("e", "a", "b", "CRITICIZED", properties);
    }

    static final ExportNode TROTSKY = node("trotsky", "Person", "1879-11-07", "1940-08-21", null);
    static final ExportNode STALIN = node("stalin", "Person", "1878-12-18", "1953-03-05", null);

    @Test
    void a_document_lives_on_from_its_date() {
        ExportNode declaration = node("d46", "Document", "1923-10-15", "1923-10-15", null);
        assertThat(Spells.node(declaration, null, null)).isEqualTo(new Spells.Spell(d("1923-10-15"), null));
    }

    @Test
    void a_faction_criticized_after_its_end_lasts_to_its_last_criticism() {
        ExportNode wo = node("wo", "Faction", "1920-01-01", "1921-03-31", "1922-04-02");
        assertThat(Spells.node(wo, null, null)).isEqualTo(new Spells.Spell(d("1920-01-01"), d("1922-04-02")));
    }

    @Test
    void an_edge_is_clipped_to_both_its_nodes_spells() {
        Spells.Spell clipped = Spells.edge(
                edge("1926-01-01", "1940-12-31"),
                Spells.node(TROTSKY, null, null),
                Spells.node(STALIN, null, null),
                null,
                null);
        assertThat(clipped).isEqualTo(new Spells.Spell(d("1926-01-01"), d("1940-08-21")));
    }

    @Test
    void an_undated_edge_lives_where_both_its_nodes_do() {
        assertThat(Spells.edge(
                        edge(null, null),
                        Spells.node(TROTSKY, null, null),
                        Spells.node(STALIN, null, null),
                        null,
                        null))
                .isEqualTo(new Spells.Spell(d("1879-11-07"), d("1940-08-21")));
    }

    @Test
    void from_and_to_clip_nodes_and_edges_and_close_open_ends() {
        LocalDate from = d("1921-01-01");
        LocalDate to = d("1922-12-31");
        Spells.Spell trotsky = Spells.node(TROTSKY, from, to);
        assertThat(trotsky).isEqualTo(new Spells.Spell(from, to));
        ExportNode declaration = node("d", "Document", "1921-07-27", "1921-07-27", null);
        assertThat(Spells.node(declaration, from, to)).isEqualTo(new Spells.Spell(d("1921-07-27"), to));
        assertThat(Spells.edge(edge("1920-06-01", "1921-03-01"), trotsky, trotsky, from, to))
                .isEqualTo(new Spells.Spell(from, d("1921-03-01")));
    }

    @Test
    void a_contradiction_keeps_the_edges_own_days_for_the_data_check_to_find() {
        Spells.Spell dead = new Spells.Spell(d("1879-11-07"), d("1940-08-21"));
        assertThat(Spells.edge(edge("1941-01-01", "1941-12-31"), dead, dead, null, null))
                .isEqualTo(new Spells.Spell(d("1941-01-01"), d("1941-12-31")));
    }

    @Test
    void an_undated_link_between_records_that_never_coexist_has_no_spell() {
        Spells.Spell letter = new Spells.Spell(d("1922-02-26"), d("1922-02-26"));
        Spells.Spell expulsion = new Spells.Spell(d("1922-03-27"), d("1922-04-02"));
        assertThat(Spells.edge(edge(null, null), expulsion, letter, null, null)).isEqualTo(Spells.Spell.ALWAYS);
        assertThat(Spells.edge(edge(null, null), expulsion, letter, d("1921-01-01"), d("1922-12-31")))
                .isEqualTo(Spells.Spell.ALWAYS);
    }
}
