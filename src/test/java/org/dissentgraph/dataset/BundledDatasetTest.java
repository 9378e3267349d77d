package org.dissentgraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dissentgraph.ingest.DatasetFiles;
import org.dissentgraph.ingest.DatasetReader;
import org.dissentgraph.ingest.DatasetStats;
import org.dissentgraph.ingest.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled dataset, read from import/ as the loader reads it; no database needed. */
class BundledDatasetTest {

    private static DatasetReader.Result result;

    @BeforeAll
    static void read() {
        result = DatasetReader.filesOnly().read(DatasetFiles.fromDirectory(Path.of("import")));
    }

    private static List<CSVRecord> rows(String file) throws Exception {
        try (var reader = Files.newBufferedReader(Path.of("import", file))) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    private static long count(String file, Predicate<CSVRecord> filter) throws Exception {
        return rows(file).stream().filter(filter).count();
    }

    @Test
    void the_dataset_is_valid_every_reference_resolves_every_claim_is_cited_every_date_parses() {
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void the_dataset_keeps_the_consistency_rules_even_under_strict() {
        assertThat(result.strict().errors()).extracting(Object::toString).isEmpty();
    }

    @Test
    void the_dataset_covers_what_the_issue_asks_for() throws Exception {
        assertThat(count("persons.csv", r -> true)).isGreaterThanOrEqualTo(60);
        assertThat(count("factions.csv", r -> true)).isGreaterThanOrEqualTo(10);
        assertThat(count("organs.csv", r -> true)).isGreaterThanOrEqualTo(6);
        assertThat(count("documents.csv", r -> true)).isGreaterThanOrEqualTo(15);
        assertThat(count("criticisms.csv", r -> true)).isGreaterThanOrEqualTo(40);
        assertThat(count("penalties.csv", r -> true)).isGreaterThanOrEqualTo(50);
        assertThat(count("sources.csv", r -> true)).isGreaterThanOrEqualTo(30);
        Set<String> congresses = rows("meetings.csv").stream()
                .filter(r -> r.get("kind").equals("congress"))
                .map(r -> r.get("number"))
                .collect(Collectors.toSet());
        for (int n = 7; n <= 17; n++) {
            assertThat(congresses).as("the %dth Congress", n).contains(String.valueOf(n));
        }
        Set<String> appliedKinds = rows("penalties.csv").stream()
                .filter(r -> r.get("outcome").equals("APPLIED"))
                .map(r -> r.get("kind"))
                .collect(Collectors.toSet());
        // every kind applied at least once, the fate chain's SENTENCE and DEATH_IN_CUSTODY included
        assertThat(Kind.PENALTY_KINDS).containsAll(appliedKinds);
        assertThat(appliedKinds).containsAll(Kind.PENALTY_KINDS);
        Set<String> reversalKinds =
                rows("reversals.csv").stream().map(r -> r.get("kind")).collect(Collectors.toSet());
        assertThat(reversalKinds).containsExactlyInAnyOrderElementsOf(Kind.REVERSAL_KINDS);
    }

    @Test
    void the_seed_pages_quotes_are_kept_verbatim_with_its_typos_corrected() throws Exception {
        Map<String, CSVRecord> documents =
                rows("documents.csv").stream().collect(Collectors.toMap(r -> r.get("id"), r -> r));
        assertThat(documents.get("on-party-unity-point-6").get("text"))
                .startsWith(
                        "6. The Congress orders the immediate dissolution of all groups, without exception, that have been formed"
                                + " on the basis of one platform or another, and charges all organizations strictly to see to it that no"
                                + " factional actions take place. Non-compliance with this decision of the Congress will result in"
                                + " unconditional and immediate expulsion from the party.");
        assertThat(documents.get("on-party-unity-point-7").get("text"))
                .contains(
                        "and in regard to members of the Central Committee to reduce them to the status of candidates and, as an extreme"
                                + " measure, to expel them from the party.");
        assertThat(documents.get("on-party-unity-point-6").get("text_note")).contains("en the basis");
        CSVRecord kossior = rows("criticisms.csv").stream()
                .filter(r -> r.get("id").equals("kossior-1922-congress-11"))
                .findFirst()
                .orElseThrow();
        assertThat(kossior.get("quote"))
                .isEqualTo("The administrative system of our Party has remained as authoritarian and to a"
                        + " certain degree militaristic as it was in the war period.");
        assertThat(kossior.get("critics")).isEqualTo("kossior-vladimir");
        assertThat(kossior.get("venue")).isEqualTo("congress-11");
        assertThat(kossior.get("aftermath")).isEqualTo("none-attested");
        assertThat(rows("citations.csv")).anySatisfy(c -> {
            assertThat(c.get("claim")).isEqualTo("kossior-1922-congress-11");
            assertThat(c.get("aspect")).isEqualTo("aftermath");
            assertThat(c.get("quote")).contains("without being expelled from the party");
        });
    }

    @Test
    void no_penalty_is_grounded_on_kossiors_complaint() throws Exception {
        assertThat(rows("penalties.csv"))
                .noneSatisfy(p -> assertThat(p.get("grounds")).contains("kossior-1922-congress-11"));
    }

    @Test
    void the_1921_purge_figures_are_as_the_seed_gives_them() throws Exception {
        CSVRecord purge = rows("purges.csv").stream()
                .filter(r -> r.get("id").equals("purge-1921"))
                .findFirst()
                .orElseThrow();
        assertThat(purge.get("members_before")).isEqualTo("700000");
        assertThat(purge.get("members_before_qualifier")).isEqualTo("over");
        assertThat(purge.get("share_expelled")).isEqualTo("0.25");
        assertThat(purge.get("share_qualifier")).isEqualTo("about");
    }

    @Test
    void namesakes_stay_two_persons_each_with_his_own_aliases() throws Exception {
        Map<String, CSVRecord> persons =
                rows("persons.csv").stream().collect(Collectors.toMap(r -> r.get("id"), r -> r));
        assertThat(persons.get("kossior-vladimir").get("aliases")).contains("Kosior");
        assertThat(persons.get("kosior-stanislav")).isNotNull();
        assertThat(persons.get("kossior-vladimir").get("born")).isEqualTo("1891-08-08");
        assertThat(persons.get("kosior-stanislav").get("name"))
                .isNotEqualTo(persons.get("kossior-vladimir").get("name"));
    }

    @Test
    void the_point_7_rule_is_two_thirds_of_a_joint_plenum() throws Exception {
        CSVRecord rule = rows("rules.csv").stream()
                .filter(r -> r.get("id").equals("rule-point-7"))
                .findFirst()
                .orElseThrow();
        assertThat(rule.get("threshold_num") + "/" + rule.get("threshold_den")).isEqualTo("2/3");
        assertThat(rule.get("applies_to")).contains("EXPULSION").contains("REDUCTION_TO_CANDIDATE");
        assertThat(rule.get("body")).contains("Control Commission");
    }

    @Test
    void disputed_claims_are_kept_side_by_side() throws Exception {
        List<CSVRecord> penalties = rows("penalties.csv");
        assertThat(penalties).anySatisfy(p -> {
            assertThat(p.get("person")).isEqualTo("trotsky-leon");
            assertThat(p.get("kind")).isEqualTo("EXPULSION");
            assertThat(p.get("status")).isEqualTo("disputed");
            assertThat(p.get("decision_date") + p.get("effective_date")).contains("1927-11-12");
        });
        assertThat(penalties).anySatisfy(p -> {
            assertThat(p.get("person")).isEqualTo("trotsky-leon");
            assertThat(p.get("status")).isEqualTo("disputed");
            assertThat(p.get("decision_date") + p.get("effective_date")).contains("1927-11-14");
        });
    }

    /** Works whose imprint has not been seen yet; the list may only shrink (import/README.md, "Citing works"). */
    private static final Set<String> NOT_IDENTIFIED = Set.of(
            "newlib-kamenev-14th",
            "knigochet-145744-p11",
            "newlib-zinoviev-kamenev-centre",
            "drama-rossiiskoi-istorii",
            "pisma-iz-ssylki",
            "felshtinsky-razgrom-levoi-oppozitsii");

    @Test
    void sources_are_cited_as_works_with_author_and_year() throws Exception {
        List<CSVRecord> sources = rows("sources.csv");
        Predicate<CSVRecord> dated =
                r -> !r.get("author").isBlank() && !r.get("year").isBlank();
        List<CSVRecord> books = sources.stream()
                .filter(r -> Set.of("primary", "secondary").contains(r.get("kind")))
                .filter(r -> r.get("url").isBlank())
                .toList();
        assertThat(books)
                .as("a book (no url) names author and year, or says in its note what is not identified")
                .allSatisfy(r -> {
                    if (!dated.test(r)) {
                        assertThat(NOT_IDENTIFIED).as(r.get("id")).contains(r.get("id"));
                        assertThat(r.get("note")).as(r.get("id")).contains("not identified");
                    }
                });
        assertThat(books.stream().filter(dated.negate()).map(r -> r.get("id")))
                .as("an identified work leaves NOT_IDENTIFIED")
                .containsExactlyInAnyOrderElementsOf(NOT_IDENTIFIED);
        assertThat(sources)
                .filteredOn(
                        r -> r.get("kind").equals("secondary") && !r.get("url").isBlank())
                .as("a web page names its author (a person or the publishing body) and its date or n.d.")
                .allSatisfy(r -> assertThat(dated.test(r)).as(r.get("id")).isTrue());
        assertThat(sources)
                .filteredOn(r -> r.get("kind").equals("encyclopedia"))
                .as("an encyclopedia article has its edition or revision year, or n.d.")
                .allSatisfy(r -> assertThat(r.get("year")).as(r.get("id")).isNotBlank());
        assertThat(sources)
                .filteredOn(r -> r.get("kind").equals("encyclopedia")
                        && r.get("publisher").startsWith("Wikipedia"))
                .as("a Wikipedia article is cited as by Wikipedia contributors")
                .allSatisfy(r -> assertThat(r.get("author")).as(r.get("id")).isEqualTo("Wikipedia contributors"));
    }

    @Test
    void no_citation_is_marked_as_quoting_words_not_seen_on_its_page() throws Exception {
        assertThat(rows("citations.csv"))
                .allSatisfy(r -> assertThat(r.get("note"))
                        .as(r.get("claim") + " / " + r.get("source"))
                        .doesNotContain("not part of the stored excerpt"));
    }

    @Test
    void the_count_summary_in_import_readme_is_current() throws Exception {
        String readme = Files.readString(Path.of("import/README.md"));
        assertThat(readme)
                .as("import/README.md carries the output of `stats import`")
                .contains(DatasetStats.of(result.dataset()).markdown());
    }
}
