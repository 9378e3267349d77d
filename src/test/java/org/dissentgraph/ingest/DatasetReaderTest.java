package org.dissentgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetReaderTest {

    private static final String SOURCES = """
            id,kind,title,url
            seed,secondary,1921 - The First Purges,https://www.globalsecurity.org/military/world/russia/cccp-history-purges.htm
            """;
    private static final String PERSONS = """
            id,name,aliases,born,died,confidence
            kossior-vladimir,Vladimir Kossior,Kosior;Косиор,1891-08-08,1938-03-30,high
            """;
    private static final String CITATIONS = """
            claim,source,quote
            kossior-vladimir,seed,V. Kossior could complain
            """;

    private static InputFile file(String name, String text) {
        return new InputFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static DatasetReader.Result read(InputFile... extra) {
        List<InputFile> files = new ArrayList<>(
                List.of(file("sources.csv", SOURCES), file("persons.csv", PERSONS), file("citations.csv", CITATIONS)));
        for (InputFile f : extra) {
            files.removeIf(existing -> existing.name().equals(f.name()));
            files.add(f);
        }
        return DatasetReader.filesOnly().read(files);
    }

    @Test
    void a_small_valid_dataset_passes() {
        DatasetReader.Result result = read();
        assertThat(result.errors()).isEmpty();
        assertThat(result.dataset().counts()).containsEntry("persons.csv", 1);
    }

    @Test
    void every_problem_is_reported_at_once_with_file_line_and_column() {
        DatasetReader.Result result = read(file("persons.csv", """
                id,name,born,confidence
                kossior-vladimir,Vladimir Kossior,1891-13-08,high
                Bad Id,Somebody,,certain
                kossior-vladimir,Twice,,high
                """));
        assertThat(result.errors())
                .extracting(Object::toString)
                .contains(
                        "persons.csv:2 [born]: bad date: '1891-13-08' has month 13 (must be 01-12)",
                        "persons.csv:4 [id]: duplicate id 'kossior-vladimir', already used at persons.csv:2",
                        "persons.csv:3 [confidence]: 'certain' is not one of high, low, medium");
        assertThat(result.errors())
                .anySatisfy(e -> assertThat(e.toString()).startsWith("persons.csv:3 [id]: 'Bad Id' is not an id"));
    }

    @Test
    void a_reference_to_a_missing_id_names_the_column_and_the_id() {
        DatasetReader.Result result = read(
                file("penalties.csv", """
                        id,person,kind,outcome,decision_date,summary,confidence
                        nobody-expulsion-1921,nobody,EXPULSION,APPLIED,1921,Expelled,high
                        """), file("citations.csv", CITATIONS + "nobody-expulsion-1921,seed,quote\n"));
        assertThat(result.errors())
                .extracting(Object::toString)
                .containsExactly(
                        "penalties.csv:2 [person]: unknown reference 'nobody': no row has this id in persons.csv, nor the database");
    }

    @Test
    void a_reference_may_point_into_the_database() {
        DatasetReader reader = DatasetReader.checking("trotsky-leon"::equals);
        DatasetReader.Result result = reader.read(List.of(
                file("sources.csv", SOURCES),
                file("penalties.csv", """
                        id,person,kind,outcome,effective_date,summary,confidence
                        trotsky-exile-1928,trotsky-leon,EXILE,APPLIED,1928-01,Sent to Alma-Ata,medium
                        """),
                file("citations.csv", "claim,source,quote\ntrotsky-exile-1928,seed,exile\n")));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void a_claim_without_a_source_and_an_unknown_kind_are_refused() {
        DatasetReader.Result result = read(file("citations.csv", "claim,source,quote\n"), file("penalties.csv", """
                        id,person,kind,outcome,decision_date,summary,confidence
                        kossior-shot-1938,kossior-vladimir,SHOT,APPLIED,1938-03-30,Shot,high
                        """));
        assertThat(result.errors())
                .extracting(Object::toString)
                .contains(
                        "persons.csv:2 [id]: claim 'kossior-vladimir' has no source: add a row to citations.csv",
                        "penalties.csv:2 [id]: claim 'kossior-shot-1938' has no source: add a row to citations.csv");
        assertThat(result.errors())
                .anySatisfy(e -> assertThat(e.toString())
                        .startsWith("penalties.csv:2 [kind]: 'SHOT' is not one of ARREST, ASSIGNMENT_ABROAD"));
    }

    @Test
    void unknown_and_missing_columns_are_named() {
        DatasetReader.Result result = read(file("persons.csv", "id,nmae,confidence\nx,X,high\n"));
        assertThat(result.errors())
                .extracting(Object::toString)
                .anySatisfy(e ->
                        assertThat(e).startsWith("persons.csv:1 [nmae]: unknown column; persons.csv has: id, name,"));
        assertThat(result.errors())
                .extracting(Object::toString)
                .contains("persons.csv:1 [name]: required column missing from the header");
    }

    @Test
    void a_file_that_is_not_utf8_or_is_empty_is_refused_as_a_whole() {
        DatasetReader.Result result = read(
                new InputFile(
                        "persons.csv",
                        "id,name,confidence\nx,Kossior \u00e9,high\n".getBytes(StandardCharsets.ISO_8859_1)),
                file("factions.csv", ""));
        assertThat(result.errors())
                .extracting(Object::toString)
                .anySatisfy(e -> assertThat(e).startsWith("persons.csv:2: not UTF-8 text"));
        assertThat(result.errors())
                .extracting(Object::toString)
                .contains("factions.csv: the file is empty; it needs at least its header row");
    }

    @Test
    void a_broken_quote_is_reported_as_bad_csv() {
        DatasetReader.Result result = read(file("persons.csv", "id,name,confidence\nx,\"Kossior,high\n"));
        assertThat(result.errors())
                .extracting(Object::toString)
                .anySatisfy(
                        e -> assertThat(e)
                                .isEqualTo(
                                        "persons.csv:2: not valid CSV: a quoted field that starts on this line is never closed"));
    }

    @Test
    void a_line_number_counts_quoted_line_breaks() {
        DatasetReader.Result result = read(file("persons.csv", """
                id,name,description,confidence
                kossior-vladimir,Vladimir Kossior,"two
                lines",high

                x,X,,sure
                """));
        assertThat(result.errors())
                .extracting(Object::toString)
                .contains("persons.csv:5 [confidence]: 'sure' is not one of high, low, medium");
    }
}
