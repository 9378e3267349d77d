package org.dissentgraph.ingest;

import static org.dissentgraph.ingest.Column.opt;
import static org.dissentgraph.ingest.Column.ref;
import static org.dissentgraph.ingest.Column.refIn;
import static org.dissentgraph.ingest.Column.req;
import static org.dissentgraph.ingest.Column.vocab;
import static org.dissentgraph.ingest.Column.vocabList;
import static org.dissentgraph.ingest.ColumnType.COUNT;
import static org.dissentgraph.ingest.ColumnType.EDTF;
import static org.dissentgraph.ingest.ColumnType.ID;
import static org.dissentgraph.ingest.ColumnType.LIST;
import static org.dissentgraph.ingest.ColumnType.PERIOD;
import static org.dissentgraph.ingest.ColumnType.SHARE;
import static org.dissentgraph.ingest.ColumnType.TEXT;
import static org.dissentgraph.ingest.ColumnType.URL;
import static org.dissentgraph.ingest.ColumnType.WIKIDATA;
import static org.dissentgraph.ingest.ColumnType.YEAR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dissentgraph.model.AccusationRole;
import org.dissentgraph.model.PenaltyKind;
import org.dissentgraph.model.RelType;
import org.dissentgraph.model.ReversalKind;

/**
 * The import format: one CSV file per kind, its columns, and the label or relationship it
 * becomes. import/README.md documents the same table for people; a test keeps the two in step.
 */
public enum Kind {
    SOURCE("sources.csv", "Source"),
    PERSON("persons.csv", "Person"),
    FACTION("factions.csv", "Faction"),
    MEETING("meetings.csv", "Meeting"),
    ORGAN("organs.csv", "Organ"),
    PLACE("places.csv", "Place"),
    DOCUMENT("documents.csv", "Document"),
    CRITICISM("criticisms.csv", "Criticism"),
    PENALTY("penalties.csv", "Penalty"),
    REVERSAL("reversals.csv", "Reversal"),
    SIGNATURE("signatures.csv", "Signature"),
    ACCUSATION("accusations.csv", "Accusation"),
    VOTE("votes.csv", "Vote"),
    PURGE("purges.csv", "Purge"),
    RULE("rules.csv", "Rule"),
    STATEMENT("statements.csv", "Statement"),
    MEMBERSHIP("memberships.csv", null),
    CITATION("citations.csv", null);

    public static final List<String> CONFIDENCE = List.of("high", "medium", "low");
    public static final List<String> STATUS = List.of("accepted", "disputed");
    public static final List<String> PENALTY_KINDS = PenaltyKind.names();
    public static final List<String> REVERSAL_KINDS = ReversalKind.names();
    /** What a statement may name: penalties and what reverses them. */
    public static final List<String> PENALTY_AND_REVERSAL_KINDS = java.util.stream.Stream.concat(
                    PENALTY_KINDS.stream(), REVERSAL_KINDS.stream())
            .toList();
    /** What a SENTENCE sentenced to. */
    public static final List<String> SENTENCES = List.of("DEATH", "CAMP", "PRISON", "EXILE");
    /** What an accuser did in an accusation. */
    public static final List<String> ACCUSATION_ROLES = AccusationRole.names();

    public static final List<String> OUTCOMES = List.of("APPLIED", "PROPOSED_NOT_APPLIED");
    public static final List<String> MEETING_KINDS =
            List.of("congress", "conference", "plenum", "joint-plenum", "session");
    public static final List<String> ROLES = List.of(
            "member", "candidate", "leader", "chair", "secretary", "general-secretary", "editor", "envoy", "signatory");
    public static final List<String> ASPECTS = List.of(
            "date",
            "quote",
            "count",
            "aftermath",
            "grounds",
            "name",
            "place",
            "outcome",
            "imposed_by",
            "sentence",
            "reverses");

    private final String file;
    private final String label;
    private List<Column> columns;

    Kind(String file, String label) {
        this.file = file;
        this.label = label;
    }

    public String file() {
        return file;
    }

    /** The node label, or empty for the two relationship files. */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    public boolean isClaim() {
        return this != SOURCE && this != CITATION;
    }

    public List<Column> columns() {
        if (columns == null) {
            columns = define(this);
        }
        return columns;
    }

    public Optional<Column> column(String name) {
        return columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public static Optional<Kind> ofFile(String fileName) {
        return Arrays.stream(values()).filter(k -> k.file.equals(fileName)).findFirst();
    }

    /** Columns every claim row has after its own: confidence, status, variant_of, note. */
    private static List<Column> claimTail(Kind kind) {
        return List.of(
                vocab("confidence", true, CONFIDENCE),
                vocab("status", false, STATUS),
                ref("variant_of", false, false, RelType.VARIANT_OF, kind),
                opt("note", TEXT));
    }

    private static List<Column> named(List<Column> head, Kind kind, Column... rest) {
        List<Column> all = new ArrayList<>(head);
        all.addAll(Arrays.asList(rest));
        all.addAll(claimTail(kind));
        return List.copyOf(all);
    }

    private static List<Column> define(Kind kind) {
        List<Column> names = List.of(req("id", ID), req("name", TEXT), opt("name_ru", TEXT), opt("aliases", LIST));
        return switch (kind) {
            case SOURCE ->
                List.of(
                        req("id", ID),
                        vocab("kind", true, List.of("primary", "secondary", "encyclopedia", "web-copy")),
                        req("title", TEXT),
                        opt("author", TEXT),
                        opt("publisher", TEXT),
                        opt("year", YEAR),
                        opt("url", URL),
                        ref("canonical", false, false, RelType.COPY_OF, SOURCE),
                        opt("note", TEXT));
            case PERSON ->
                named(
                        names,
                        kind,
                        opt("born", EDTF),
                        opt("born_original", TEXT),
                        opt("died", EDTF),
                        opt("died_original", TEXT),
                        opt("wikidata", WIKIDATA),
                        opt("description", TEXT));
            case FACTION ->
                named(
                        names,
                        kind,
                        vocab("kind", true, List.of("faction", "group", "platform", "opposition", "majority")),
                        opt("active", EDTF),
                        opt("description", TEXT));
            case MEETING ->
                named(
                        names,
                        kind,
                        vocab("kind", true, MEETING_KINDS),
                        opt("number", COUNT),
                        opt("city", TEXT),
                        opt("venue", TEXT),
                        req("date", EDTF),
                        opt("date_original", TEXT),
                        ref("organ", false, true, RelType.OF, ORGAN),
                        opt("delegates_voting", COUNT),
                        opt("delegates_consultative", COUNT),
                        opt("description", TEXT));
            case ORGAN ->
                named(
                        names,
                        kind,
                        vocab(
                                "kind",
                                true,
                                List.of(
                                        "party",
                                        "committee",
                                        "bureau",
                                        "commission",
                                        "secretariat",
                                        "international",
                                        "state",
                                        "security",
                                        "editorial")),
                        ref("parent", false, false, RelType.PART_OF, ORGAN),
                        opt("active", EDTF),
                        opt("description", TEXT));
            case PLACE ->
                named(
                        names,
                        kind,
                        vocab("kind", true, List.of("city", "country", "region", "camp", "prison")),
                        opt("country", TEXT),
                        opt("description", TEXT));
            case DOCUMENT ->
                named(
                        List.of(req("id", ID), req("title", TEXT), opt("title_ru", TEXT)),
                        kind,
                        vocab(
                                "kind",
                                true,
                                List.of(
                                        "resolution",
                                        "platform",
                                        "letter",
                                        "speech",
                                        "pamphlet",
                                        "article",
                                        "decree",
                                        "statement",
                                        "book",
                                        "transcript")),
                        opt("date", EDTF),
                        opt("date_original", TEXT),
                        refIn("authors", false, true, RelType.AUTHORED, PERSON, ORGAN, FACTION),
                        ref("adopted_at", false, false, RelType.ADOPTED_AT, MEETING),
                        ref("part_of", false, false, RelType.PART_OF, DOCUMENT),
                        opt("text", TEXT),
                        vocab("text_kind", false, List.of("full", "excerpt")),
                        opt("text_note", TEXT),
                        opt("description", TEXT));
            case CRITICISM ->
                named(
                        List.of(req("id", ID)),
                        kind,
                        refIn("critics", true, true, RelType.MADE, PERSON, ORGAN, MEETING, FACTION),
                        ref("targets", true, true, RelType.TARGETS, PERSON, ORGAN, FACTION, DOCUMENT),
                        req("date", EDTF),
                        opt("date_original", TEXT),
                        ref("venue", false, false, RelType.AT, MEETING),
                        ref("document", false, false, RelType.IN, DOCUMENT),
                        opt("quote", TEXT),
                        req("summary", TEXT),
                        vocab("aftermath", false, List.of("none-attested")));
            case PENALTY ->
                named(
                        List.of(req("id", ID)),
                        kind,
                        refIn("person", true, false, RelType.RECEIVED, PERSON),
                        vocab("kind", true, PENALTY_KINDS),
                        vocab("outcome", true, OUTCOMES),
                        opt("decision_date", EDTF),
                        opt("effective_date", EDTF),
                        opt("date_original", TEXT),
                        ref("imposed_by", false, true, RelType.IMPOSED_BY, ORGAN),
                        ref("decided_at", false, false, RelType.DECIDED_AT, MEETING),
                        ref("under", false, false, RelType.UNDER, DOCUMENT),
                        ref("to", false, false, RelType.TO, PLACE),
                        ref("from", false, false, RelType.FROM, ORGAN),
                        ref("grounds", false, true, RelType.GROUNDS, CRITICISM, SIGNATURE),
                        ref("governed_by", false, false, RelType.GOVERNED_BY, RULE),
                        req("summary", TEXT),
                        vocab("sentence", false, SENTENCES),
                        opt("term", PERIOD),
                        ref("place", false, false, RelType.AT_PLACE, PLACE));
            case REVERSAL ->
                named(
                        List.of(req("id", ID)),
                        kind,
                        ref("person", true, false, RelType.RESTORES, PERSON),
                        vocab("kind", true, REVERSAL_KINDS),
                        req("date", EDTF),
                        opt("date_original", TEXT),
                        ref("imposed_by", false, true, RelType.IMPOSED_BY, ORGAN),
                        ref("reverses", true, true, RelType.REVERSES, PENALTY),
                        req("summary", TEXT));
            case SIGNATURE ->
                named(
                        List.of(req("id", ID)),
                        kind,
                        refIn("person", true, false, RelType.GAVE, PERSON),
                        ref("document", true, false, RelType.ON, DOCUMENT),
                        opt("date", EDTF),
                        opt("list", TEXT),
                        opt("reservation", TEXT));
            case ACCUSATION ->
                named(
                        List.of(req("id", ID)),
                        kind,
                        refIn("accuser", true, false, RelType.BROUGHT, PERSON),
                        ref("accused", true, false, RelType.AGAINST, PERSON),
                        vocab("role", true, ACCUSATION_ROLES),
                        opt("date", EDTF),
                        opt("date_original", TEXT),
                        ref("at", false, false, RelType.AT, MEETING),
                        ref("penalties", false, true, RelType.LED_TO, PENALTY),
                        req("summary", TEXT));
            case VOTE ->
                named(
                        List.of(req("id", ID)),
                        kind,
                        ref("decides", true, false, RelType.DECIDED, PENALTY),
                        ref("meeting", false, false, RelType.AT, MEETING),
                        req("date", EDTF),
                        opt("votes_for", COUNT),
                        opt("votes_against", COUNT),
                        opt("abstained", COUNT),
                        opt("present", COUNT),
                        opt("entitled", COUNT),
                        vocab("result", true, List.of("ADOPTED", "REJECTED", "NOT_HELD")),
                        vocab("method", false, List.of("plenum-vote", "poll", "congress-vote", "commission-vote")),
                        req("summary", TEXT));
            case PURGE ->
                named(
                        List.of(req("id", ID), req("name", TEXT)),
                        kind,
                        req("date", EDTF),
                        opt("members_before", COUNT),
                        vocab("members_before_qualifier", false, List.of("exact", "about", "over", "under")),
                        opt("share_expelled", SHARE),
                        vocab("share_qualifier", false, List.of("exact", "about", "over", "under")),
                        opt("expelled_count", COUNT),
                        opt("target_groups", LIST),
                        ref("imposed_by", false, true, RelType.IMPOSED_BY, ORGAN),
                        opt("description", TEXT));
            case RULE ->
                named(
                        List.of(req("id", ID), req("name", TEXT)),
                        kind,
                        ref("document", true, false, RelType.DEFINED_IN, DOCUMENT),
                        vocabList("applies_to", true, PENALTY_KINDS),
                        opt("protects", TEXT),
                        req("body", TEXT),
                        req("threshold_num", COUNT),
                        req("threshold_den", COUNT),
                        vocab("counts", true, List.of("votes-cast", "members-present", "members-entitled", "unstated")),
                        opt("in_force", EDTF),
                        opt("text", TEXT),
                        opt("description", TEXT));
            case STATEMENT ->
                named(
                        List.of(req("id", ID)),
                        kind,
                        ref("about", false, true, RelType.ABOUT),
                        opt("date", EDTF),
                        vocabList("penalty_kinds", false, PENALTY_AND_REVERSAL_KINDS),
                        req("summary", TEXT));
            case MEMBERSHIP ->
                List.of(
                        ref("person", true, false, null, PERSON),
                        ref("group", true, false, null, FACTION, ORGAN),
                        vocab("role", true, ROLES),
                        opt("date", EDTF),
                        opt("date_original", TEXT),
                        ref("sources", true, true, null, SOURCE),
                        req("quote", TEXT),
                        opt("page", TEXT),
                        vocab("confidence", true, CONFIDENCE),
                        vocab("status", false, STATUS),
                        opt("note", TEXT));
            case CITATION ->
                List.of(
                        ref("claim", true, false, null),
                        ref("source", true, false, null, SOURCE),
                        req("quote", TEXT),
                        opt("page", TEXT),
                        vocab("aspect", false, ASPECTS),
                        opt("note", TEXT));
        };
    }
}
