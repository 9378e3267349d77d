package org.dissentgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dissentgraph.ingest.consistency.ConsistencyRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code validate [--strict] <dir>}: the bad-input corpus read from files alone, and warnings vs errors. */
class ValidateCommandTest {

    private static final Path BAD = Path.of("src/test/resources/bad-imports");

    static Stream<String> consistencyCases() {
        return Stream.of(
                "expelled-twice-without-readmission",
                "claim-after-death",
                "membership-outside-its-organ",
                "sentence-outside-its-meeting",
                "penalty-before-its-grounds",
                "reversal-of-another-or-before",
                "sentence-columns");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistencyCases")
    void each_consistency_case_of_the_corpus_gives_exactly_its_errors_with_file_line_and_column(String name)
            throws Exception {
        List<String> expected = Files.readAllLines(BAD.resolve(name).resolve("expected-errors.txt")).stream()
                .filter(l -> !l.isBlank())
                .toList();
        DatasetReader.Result result = DatasetReader.filesOnly().read(DatasetFiles.fromDirectory(BAD.resolve(name)));
        assertThat(result.errors()).extracting(Object::toString).containsExactlyElementsOf(expected);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void a_warning_is_printed_and_passes_but_fails_under_strict(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "id,kind,title\ns,secondary,A source\n");
        Files.writeString(dir.resolve("persons.csv"), "id,name,confidence\na,Person A,high\n");
        Files.writeString(dir.resolve("organs.csv"), "id,name,kind,confidence\nparty,The Party,party,high\n");
        Files.writeString(dir.resolve("penalties.csv"), """
                id,person,kind,outcome,decision_date,from,summary,confidence
                e1,a,EXPULSION,APPLIED,1927-12-18,party,Expelled,high
                e2,a,EXPULSION,APPLIED,1932?,party,Expelled again,high
                """);
        Files.writeString(dir.resolve("citations.csv"), "claim,source,quote\na,s,A\nparty,s,P\ne1,s,x\ne2,s,y\n");
        String warning = "penalties.csv:3 [from]: warning: a is expelled from party again on 1932?: already expelled"
                + " from party at penalties.csv:2 (1927-12-18), with no readmission (reversals.csv) between"
                + ConsistencyRules.POSSIBLY;

        Run plain = run("validate", dir.toString());
        assertThat(plain.code()).isZero();
        assertThat(plain.err()).contains(warning);
        assertThat(plain.out()).contains("valid with 1 warning(s)");

        Run strict = run("validate", "--strict", dir.toString());
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).contains(warning.replace(": warning:", ":")).contains("1 error(s) in");
    }

    @Test
    void a_sources_year_is_an_edtf_date_or_n_d(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("sources.csv"),
                "id,kind,title,year\nundated,encyclopedia,An article,n.d.\nbad,secondary,A page,someday\n");
        DatasetReader.Result result = DatasetReader.filesOnly().read(DatasetFiles.fromDirectory(dir));
        assertThat(result.errors())
                .extracting(Object::toString)
                .containsExactly(
                        "sources.csv:3 [year]: bad date: 'someday' is not an EDTF date (expected e.g. 1922,"
                                + " 1922-03, 1922-03-27, 1922~, 1921-03-08/1921-03-16); or n.d. for a work that states no date");
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = org.dissentgraph.Commands.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
