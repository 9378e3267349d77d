package org.dissentgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dissentgraph.ingest.GraphRows.NodeRow;
import org.dissentgraph.ingest.GraphRows.RelRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the files of #16 become (import/README.md): a sentence's properties and place, a reversal
 * restoring its person and reversing penalties, a signature given on a document with the derived
 * SIGNED, an accusation brought against a person with the derived ACCUSED.
 */
class FateClaimsGraphTest {

    @TempDir
    Path dir;

    private final List<NodeRow> nodes = new ArrayList<>();
    private final List<RelRow> rels = new ArrayList<>();

    @BeforeEach
    void load() throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "id,kind,title\ns,secondary,A source\n");
        Files.writeString(dir.resolve("persons.csv"), """
                id,name,died,confidence
                b,Person B,1938-03-15,high
                v,Person V,,high
                """);
        Files.writeString(dir.resolve("organs.csv"), """
                id,name,kind,confidence
                court,The Court,state,high
                party,The Party,party,high
                """);
        Files.writeString(dir.resolve("places.csv"), "id,name,kind,confidence\nk,Kommunarka,camp,high\n");
        Files.writeString(
                dir.resolve("meetings.csv"),
                "id,name,kind,date,confidence\ntrial,The Trial,session,1938-03-02/1938-03-13,high\n");
        Files.writeString(
                dir.resolve("documents.csv"),
                "id,title,kind,date,confidence\nd,A Declaration,letter,1923-10-15,high\n");
        Files.writeString(dir.resolve("penalties.csv"), """
                id,person,kind,outcome,decision_date,effective_date,imposed_by,decided_at,from,grounds,summary,confidence,sentence,term,place
                b-exp,b,EXPULSION,APPLIED,1937-02-27,,,,party,d-b,Expelled,high,,,
                b-sen,b,SENTENCE,APPLIED,1938-03-13,,court,trial,,,Sentenced to death,high,DEATH,,
                b-exe,b,EXECUTION,APPLIED,1938-03-13,1938-03-15,,,,,Shot,high,,,k
                """);
        Files.writeString(dir.resolve("reversals.csv"), """
                id,person,kind,date,imposed_by,reverses,summary,confidence
                b-rehab,b,REHABILITATION_JUDICIAL,1988-02-04,court,b-sen;b-exe,Rehabilitated,high
                """);
        Files.writeString(dir.resolve("signatures.csv"), """
                id,person,document,date,list,reservation,confidence
                d-b,b,d,1923-10-15,first typescript,with a reservation,high
                """);
        Files.writeString(dir.resolve("accusations.csv"), """
                id,accuser,accused,role,date,at,penalties,summary,confidence
                v-prosecuted-b-1938,v,b,PROSECUTED,1938-03-11,trial,b-sen,Prosecuted,high
                """);
        Files.writeString(dir.resolve("citations.csv"), """
                claim,source,quote,aspect
                b,s,B,
                v,s,V,
                court,s,C,
                party,s,P,
                k,s,K,
                trial,s,T,
                d,s,D,
                b-exp,s,expelled,
                b-exp,s,for signing,grounds
                b-sen,s,sentenced,sentence
                b-exe,s,shot,
                b-rehab,s,rehabilitated,reverses
                d-b,s,signed,
                v-prosecuted-b-1938,s,prosecuted,
                """);
        DatasetReader.Result result = DatasetReader.filesOnly().read(DatasetFiles.fromDirectory(dir));
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        GraphBuilder graph = new GraphBuilder(result.dataset(), "t");
        graph.nodes(nodes::add);
        graph.relationships(rels::add);
    }

    private NodeRow node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> edges(String type) {
        return rels.stream()
                .filter(r -> r.type().equals(type))
                .map(r -> r.from() + "->" + r.to())
                .sorted()
                .toList();
    }

    private Map<String, Object> edge(String type) {
        return rels.stream()
                .filter(r -> r.type().equals(type))
                .findFirst()
                .orElseThrow()
                .properties();
    }

    @Test
    void a_sentence_keeps_what_and_how_long_and_an_execution_its_place() {
        assertThat(node("b-sen").properties())
                .containsEntry("sentence", "DEATH")
                .doesNotContainKey("term");
        assertThat(edges("AT_PLACE")).containsExactly("b-exe->k");
    }

    @Test
    void a_reversal_restores_its_person_reverses_its_penalties_and_is_never_received() {
        assertThat(node("b-rehab").labels()).containsExactly("Reversal");
        assertThat(node("b-rehab").properties())
                .containsEntry("kind", "REHABILITATION_JUDICIAL")
                .containsEntry("type", "Reversal")
                .containsKeys("earliest", "latest", "rowHash");
        assertThat(edges("RESTORES")).containsExactly("b-rehab->b");
        assertThat(edges("REVERSES")).containsExactly("b-rehab->b-exe", "b-rehab->b-sen");
        assertThat(edges("RECEIVED")).containsExactly("b->b-exe", "b->b-exp", "b->b-sen");
        assertThat(edges("IMPOSED_BY")).containsExactly("b-rehab->court", "b-sen->court");
    }

    @Test
    void a_signature_is_given_on_a_document_and_derives_signed_and_may_be_a_penaltys_grounds() {
        assertThat(edges("GAVE")).containsExactly("b->d-b");
        assertThat(edges("ON")).containsExactly("d-b->d");
        assertThat(edges("SIGNED")).containsExactly("b->d");
        assertThat(edge("SIGNED"))
                .containsEntry("signatureId", "d-b")
                .containsEntry("list", "first typescript")
                .containsEntry("reservation", "with a reservation")
                .containsEntry("date", "1923-10-15");
        assertThat(edges("GROUNDS")).containsExactly("b-exp->d-b");
    }

    @Test
    void an_accusation_is_brought_against_a_person_at_a_meeting_leads_to_a_penalty_and_derives_accused() {
        assertThat(edges("BROUGHT")).containsExactly("v->v-prosecuted-b-1938");
        assertThat(edges("AGAINST")).containsExactly("v-prosecuted-b-1938->b");
        assertThat(edges("LED_TO")).containsExactly("v-prosecuted-b-1938->b-sen");
        assertThat(edges("AT")).containsExactly("v-prosecuted-b-1938->trial");
        assertThat(edges("ACCUSED")).containsExactly("v->b");
        assertThat(edge("ACCUSED"))
                .containsEntry("accusationId", "v-prosecuted-b-1938")
                .containsEntry("role", "PROSECUTED");
        assertThat(node("v-prosecuted-b-1938").properties().get("name"))
                .isEqualTo("PROSECUTED: Person V → Person B (1938-03-11)");
    }
}
