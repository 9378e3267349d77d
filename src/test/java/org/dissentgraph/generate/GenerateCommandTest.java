package org.dissentgraph.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dissentgraph.ingest.DatasetFiles;
import org.dissentgraph.ingest.DatasetReader;
import org.dissentgraph.ingest.DatasetStats;
import org.dissentgraph.ingest.Kind;
import org.dissentgraph.time.Edtf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The synthetic-data generator, on 2,000 persons; no database needed. */
class GenerateCommandTest {

    private static final int PERSONS = 2000;

    @TempDir
    static Path temp;

    private static Path dataset;
    private static String output;

    /** What one run printed and returned. */
    private record Run(int code, String out, String err) {}

    private static Run generate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GenerateCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void generateOnce() {
        dataset = temp.resolve("seed-42");
        Run run = generate("generate", "--persons", String.valueOf(PERSONS), "--seed", "42", dataset.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        output = run.out();
    }

    private static List<CSVRecord> rows(Path dir, Kind kind) throws IOException {
        try (Reader reader = Files.newBufferedReader(dir.resolve(kind.file()))) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    private static String cell(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column) : "";
    }

    @Test
    void a_generated_dataset_of_2000_persons_passes_the_dataset_reader_with_no_errors() {
        DatasetReader.Result result = DatasetReader.filesOnly().read(DatasetFiles.fromDirectory(dataset));

        assertThat(result.errors()).isEmpty();
        Map<String, Integer> counts = result.dataset().counts();
        assertThat(counts).containsEntry("persons.csv", PERSONS);
        for (Kind kind : Kind.values()) {
            assertThat(counts.get(kind.file())).as(kind.file()).isPositive();
        }
    }

    @Test
    void the_dataset_has_the_proportions_the_benchmark_asks_for() throws IOException {
        Map<String, Integer> counts = DatasetReader.filesOnly()
                .read(DatasetFiles.fromDirectory(dataset))
                .dataset()
                .counts();
        assertThat(counts.get("sources.csv")).isEqualTo(PERSONS / 100 + 10);
        assertThat(counts.get("factions.csv")).isEqualTo(PERSONS / 1000 + 10);
        assertThat(counts.get("organs.csv")).isBetween(8, 12);
        assertThat(counts.get("places.csv")).isEqualTo(30);
        assertThat(counts.get("documents.csv")).isBetween(PERSONS / 50, PERSONS / 50 + 5);
        assertThat(counts.get("rules.csv")).isEqualTo(1);
        assertThat(counts.get("criticisms.csv")).isBetween(PERSONS * 9 / 10, PERSONS * 11 / 10);
        assertThat(counts.get("penalties.csv")).isBetween(PERSONS * 13 / 10, PERSONS * 17 / 10);
        assertThat(counts.get("memberships.csv")).isBetween(PERSONS * 8 / 10, PERSONS * 12 / 10);
        assertThat(counts.get("citations.csv"))
                .isGreaterThan(counts.get("persons.csv") + counts.get("criticisms.csv") + counts.get("penalties.csv"));

        List<CSVRecord> penalties = rows(dataset, Kind.PENALTY);
        assertThat(penalties.stream().map(p -> p.get("kind")).distinct())
                .containsExactlyInAnyOrderElementsOf(Kind.PENALTY_KINDS);
        long applied = penalties.stream()
                .filter(p -> p.get("outcome").equals("APPLIED"))
                .count();
        assertThat(applied).isGreaterThan(penalties.size() * 7L / 10).isLessThan(penalties.size());
        assertThat(penalties).anySatisfy(p -> assertThat(p.get("grounds")).startsWith("c-"));
        assertThat(penalties).anySatisfy(p -> assertThat(p.get("governed_by")).isEqualTo("rule-cc-two-thirds"));
        assertThat(rows(dataset, Kind.VOTE).stream().map(v -> v.get("result")).distinct())
                .contains("ADOPTED", "REJECTED");

        // the "about 5 edges per person": who criticized whom, penalties received, memberships
        Map<String, Integer> rels = DatasetStats.of(DatasetReader.filesOnly()
                        .read(DatasetFiles.fromDirectory(dataset))
                        .dataset())
                .relationshipsPerType();
        double core = (rels.get("MADE") + rels.get("TARGETS") + rels.get("RECEIVED") + rels.get("MEMBER_OF"))
                / (double) PERSONS;
        assertThat(core).isBetween(4.0, 6.0);
    }

    @Test
    void two_runs_with_the_same_seed_are_byte_identical_and_another_seed_differs() throws IOException {
        Path again = temp.resolve("seed-42-again");
        Path other = temp.resolve("seed-43");
        assertThat(generate("--persons", String.valueOf(PERSONS), "--seed", "42", again.toString())
                        .code())
                .isZero();
        assertThat(generate("--persons", String.valueOf(PERSONS), "--seed", "43", other.toString())
                        .code())
                .isZero();

        for (Kind kind : Kind.values()) {
            assertThat(Files.mismatch(dataset.resolve(kind.file()), again.resolve(kind.file())))
                    .as(kind.file())
                    .isEqualTo(-1L);
        }
        for (Kind kind : List.of(Kind.PERSON, Kind.CRITICISM, Kind.PENALTY, Kind.MEMBERSHIP, Kind.CITATION)) {
            assertThat(Files.mismatch(dataset.resolve(kind.file()), other.resolve(kind.file())))
                    .as(kind.file())
                    .isNotEqualTo(-1L);
        }
    }

    @Test
    void a_few_hubs_are_criticized_by_many_while_most_persons_are_criticized_by_none_to_two() throws IOException {
        Map<String, Integer> inDegree = new HashMap<>();
        for (CSVRecord c : rows(dataset, Kind.CRITICISM)) {
            int critics = c.get("critics").split(";").length;
            for (String target : c.get("targets").split(";")) {
                if (target.startsWith("p-")) {
                    inDegree.merge(target, critics, Integer::sum); // one CRITICIZED edge per critic
                }
            }
        }
        int[] criticized =
                inDegree.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        int median = criticized[criticized.length / 2];
        int max = criticized[criticized.length - 1];
        long fewOrNone = PERSONS
                - inDegree.size()
                + Arrays.stream(criticized).filter(d -> d <= 2).count();

        assertThat(max).isGreaterThanOrEqualTo(20 * median);
        assertThat(Arrays.stream(criticized).filter(d -> d >= 10).count())
                .as("hubs")
                .isBetween(3L, PERSONS / 20L);
        assertThat(fewOrNone).isGreaterThan(PERSONS * 8L / 10);
    }

    @Test
    void penalties_fall_after_the_birth_and_not_after_the_death_of_their_person_and_after_their_grounds()
            throws IOException {
        Map<String, CSVRecord> persons = new HashMap<>();
        rows(dataset, Kind.PERSON).forEach(p -> persons.put(p.get("id"), p));
        Map<String, LocalDate> criticismLatest = new HashMap<>();
        rows(dataset, Kind.CRITICISM)
                .forEach(c -> criticismLatest.put(
                        c.get("id"), Edtf.parse(c.get("date")).latest().orElseThrow()));

        List<String> problems = new ArrayList<>();
        for (CSVRecord p : rows(dataset, Kind.PENALTY)) {
            CSVRecord person = persons.get(p.get("person"));
            LocalDate bornLatest = Edtf.parse(person.get("born")).latest().orElseThrow();
            LocalDate diedLatest = person.get("died").isEmpty()
                    ? LocalDate.MAX
                    : Edtf.parse(person.get("died")).latest().orElseThrow();
            for (String column : List.of("decision_date", "effective_date")) {
                if (cell(p, column).isEmpty()) {
                    continue;
                }
                Edtf date = Edtf.parse(p.get(column));
                if (!date.earliest().orElseThrow().isAfter(bornLatest)
                        || date.latest().orElseThrow().isAfter(diedLatest)) {
                    problems.add(p.get("id") + " " + column + " " + date.text() + " vs born " + person.get("born")
                            + ", died " + person.get("died"));
                }
                if (!p.get("grounds").isEmpty()
                        && !date.earliest().orElseThrow().isAfter(criticismLatest.get(p.get("grounds")))) {
                    problems.add(p.get("id") + " " + column + " " + date.text() + " is not after its grounds "
                            + p.get("grounds"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_summary_lists_the_rows_of_every_file_and_the_time_taken() {
        for (Kind kind : Kind.values()) {
            assertThat(output).contains(kind.file());
        }
        assertThat(output).containsPattern("persons\\.csv +2,000 rows").containsPattern("in \\d+\\.\\d s");
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of("no --persons", List.of("--seed", "1", "DIR"), "--persons is required"),
                Arguments.of("--persons below 10", List.of("--persons", "9", "--seed", "1", "DIR"), "--persons 9"),
                Arguments.of(
                        "--persons not a number", List.of("--persons", "ten", "--seed", "1", "DIR"), "--persons 'ten'"),
                Arguments.of(
                        "--persons without a value",
                        List.of("--seed", "1", "DIR", "--persons"),
                        "--persons needs a value"),
                Arguments.of("no --seed", List.of("--persons", "100", "DIR"), "--seed is required"),
                Arguments.of("--seed not a long", List.of("--persons", "100", "--seed", "1.5", "DIR"), "--seed '1.5'"),
                Arguments.of("no folder", List.of("--persons", "100", "--seed", "1"), "<dir> is required"),
                Arguments.of(
                        "two folders",
                        List.of("--persons", "100", "--seed", "1", "DIR", "other"),
                        "unexpected argument 'other'"),
                Arguments.of(
                        "an unknown option",
                        List.of("--persons", "100", "--seed", "1", "--frobnicate", "DIR"),
                        "unknown option '--frobnicate'"));
    }

    @ParameterizedTest(name = "{0} exits with 2 and names the argument")
    @MethodSource("badArguments")
    void bad_arguments_exit_with_2_and_a_message_naming_the_argument(String why, List<String> args, String message) {
        Path dir = temp.resolve("bad-" + why.replaceAll("[^a-z0-9]+", "-"));
        Run run = generate(
                args.stream().map(a -> a.equals("DIR") ? dir.toString() : a).toArray(String[]::new));

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("generate: " + message).contains("usage: generate");
        assertThat(dir).doesNotExist();
    }

    @Test
    void a_folder_that_is_not_empty_is_refused_unless_forced() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("not-empty"));
        Files.writeString(dir.resolve("notes.txt"), "mine");

        Run refused = generate("--persons", "10", "--seed", "1", dir.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains(dir.toString()).contains("--force");
        assertThat(dir.resolve("persons.csv")).doesNotExist();

        Run forced = generate("--persons", "10", "--seed", "1", "--force", dir.toString());
        assertThat(forced.code()).isZero();
        assertThat(DatasetReader.filesOnly()
                        .read(DatasetFiles.fromDirectory(dir))
                        .errors())
                .isEmpty();
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
    }

    @ParameterizedTest(name = "n = {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {10, 1000, 4099, 65_536})
    void the_shuffle_of_hub_ranks_over_person_ids_is_a_bijection_with_an_inverse(int n) {
        Shuffle shuffle = new Shuffle(n, new java.util.SplittableRandom(1));
        boolean[] seen = new boolean[n];
        for (int rank = 0; rank < n; rank++) {
            int index = shuffle.apply(rank);
            assertThat(seen[index]).as("index %d twice", index).isFalse();
            seen[index] = true;
            assertThat(shuffle.invert(index)).isEqualTo(rank);
        }
    }

    @Test
    void a_missing_folder_is_created() {
        Path dir = temp.resolve("new/nested");
        assertThat(generate("--persons", "10", "--seed", "-5", dir.toString()).code())
                .isZero();
        assertThat(dir.resolve("sources.csv")).exists();
    }
}
