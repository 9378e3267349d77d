package org.dissentgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How values and column types become text in the exports; no database needed. */
class ExportValuesTest {

    @Test
    void neo4j_value_types_map_to_export_column_types() {
        assertThat(PropertyType.ofValueType("STRING NOT NULL")).isEqualTo(PropertyType.STRING);
        assertThat(PropertyType.ofValueType("INTEGER NOT NULL")).isEqualTo(PropertyType.LONG);
        assertThat(PropertyType.ofValueType("FLOAT NOT NULL")).isEqualTo(PropertyType.DOUBLE);
        assertThat(PropertyType.ofValueType("BOOLEAN NOT NULL")).isEqualTo(PropertyType.BOOLEAN);
        assertThat(PropertyType.ofValueType("DATE NOT NULL")).isEqualTo(PropertyType.DATE);
        assertThat(PropertyType.ofValueType("LIST<STRING NOT NULL> NOT NULL")).isEqualTo(PropertyType.STRING_LIST);
        assertThat(PropertyType.ofValueType("LIST<INTEGER NOT NULL> NOT NULL")).isEqualTo(PropertyType.LONG_LIST);
        assertThat(PropertyType.ofValueType("ZONED DATETIME NOT NULL")).isEqualTo(PropertyType.STRING);
    }

    @Test
    void a_column_of_mixed_types_takes_the_type_that_holds_them_all() {
        assertThat(PropertyType.merge(PropertyType.LONG, PropertyType.LONG)).isEqualTo(PropertyType.LONG);
        assertThat(PropertyType.merge(PropertyType.LONG, PropertyType.DOUBLE)).isEqualTo(PropertyType.DOUBLE);
        assertThat(PropertyType.merge(PropertyType.DATE, PropertyType.STRING)).isEqualTo(PropertyType.STRING);
        assertThat(PropertyType.merge(PropertyType.STRING, PropertyType.STRING_LIST))
                .isEqualTo(PropertyType.STRING_LIST);
        assertThat(PropertyType.merge(PropertyType.BOOLEAN, PropertyType.LONG)).isEqualTo(PropertyType.STRING);
    }

    @Test
    void dates_are_iso_and_lists_are_joined_with_semicolons() {
        assertThat(Values.text(LocalDate.of(1922, 3, 27))).isEqualTo("1922-03-27");
        assertThat(Values.text(List.of("Kosior", "Косиор"))).isEqualTo("Kosior;Косиор");
        assertThat(Values.text(11L)).isEqualTo("11");
        assertThat(Values.text(null)).isNull();
    }

    @Test
    void graphml_ids_are_name_tokens_and_dataset_node_ids_stay_as_they_are() {
        assertThat(Values.nameToken("kossior-vladimir")).isEqualTo("kossior-vladimir");
        assertThat(Values.nameToken("kossior-vladimir|MEMBER_OF|workers-opposition|member|1920/1921~"))
                .isEqualTo("kossior-vladimir:MEMBER_OF:workers-opposition:member:1920_x2F_1921_x7E_")
                .matches("[A-Za-z0-9._:-]+");
    }

    @Test
    void characters_xml_cannot_carry_are_dropped_and_the_rest_kept() {
        assertThat(Values.xml("a\u0001b\tc\nд")).isEqualTo("ab\tc\nд");
        assertThat(Values.xml("plain")).isEqualTo("plain");
    }
}
