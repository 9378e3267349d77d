package org.dissentgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

class PlainValuesTest {

    @Test
    void driver_values_become_plain_json_values_with_dates_as_iso_text_and_hidden_keys_left_out() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", "Vladimir Kossior");
        node.put("born", LocalDate.of(1891, 8, 8));
        node.put("number", 11L);
        node.put("share", 0.25);
        node.put("approximate", true);
        node.put("aliases", List.of("Kosior", "Vladimir Kosior"));
        node.put("rowHash", "abc");

        Map<String, Object> plain = PlainValues.properties(Values.value(node), Set.of("rowHash"));

        assertThat(plain)
                .containsExactly(
                        Map.entry("aliases", List.of("Kosior", "Vladimir Kosior")),
                        Map.entry("approximate", true),
                        Map.entry("born", "1891-08-08"),
                        Map.entry("name", "Vladimir Kossior"),
                        Map.entry("number", 11L),
                        Map.entry("share", 0.25));
    }
}
