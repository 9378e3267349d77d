package org.dissentgraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneQueryTest {

    private static final String[] FIELDS = {
        "name", "nameRu", "aliasText", "title", "titleRu", "quote", "summary", "description"
    };

    @ParameterizedTest
    @ValueSource(
            strings = {
                "x'}) DETACH DELETE n //",
                "AND OR (",
                "NOT",
                "a && b || c",
                "\"unclosed",
                "name:kosior",
                "kosior~",
                "*",
                "?x",
                "[1 TO 2]",
                "{a}",
                "^3",
                "back\\slash",
                "a/b",
                "!",
                "-minus +plus",
                "Obolensky-Ossinsky",
                "Zinov'ev",
                "Коллонтай",
                "Trotzkí",
                "RCP(b)",
                "  ",
                "((",
                ":"
            })
    void user_text_never_becomes_lucene_syntax_that_fails_to_parse(String text) {
        LuceneQuery query = LuceneQuery.of(text);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, new StandardAnalyzer());
        if (!query.isEmpty()) {
            assertThatCode(() -> parser.parse(query.exact())).doesNotThrowAnyException();
        }
        query.fuzzy()
                .ifPresent(fuzzy -> assertThatCode(() -> parser.parse(fuzzy)).doesNotThrowAnyException());
    }

    @Test
    void operators_are_words_and_special_characters_are_escaped() {
        assertThat(LuceneQuery.of("AND OR (").words()).containsExactly("and", "or");
        assertThat(LuceneQuery.escape("x'})")).isEqualTo("x'\\}\\)");
        assertThat(LuceneQuery.of("Kosior").exact())
                .contains("aliasText:kosior^3")
                .contains("name:kosior*");
    }

    @Test
    void fuzzy_terms_allow_one_edit_and_two_from_eight_letters_and_skip_short_words() {
        assertThat(LuceneQuery.of("Trotskij of Zinovyev").fuzzy())
                .hasValueSatisfying(q -> assertThat(q)
                        .contains("name:trotskij~2")
                        .contains("name:zinovyev~2")
                        .doesNotContain("of~"));
        assertThat(LuceneQuery.of("Radek").fuzzy())
                .hasValueSatisfying(q -> assertThat(q).contains("name:radek~1"));
        assertThat(LuceneQuery.of("of a").fuzzy()).isEmpty();
    }

    @Test
    void accents_on_latin_letters_are_folded_for_prefix_and_fuzzy_terms_but_cyrillic_letters_are_kept() {
        assertThat(LuceneQuery.plain("trotzkí")).contains("trotzki");
        assertThat(LuceneQuery.plain("троцкий")).contains("троцкий");
        assertThat(LuceneQuery.plain("obolensky-ossinsky")).isEmpty();
    }
}
