package org.dissentgraph.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The fifteen files being written, one open {@link CsvSink} each, with the columns the generator
 * fills (every one a column of {@link Table}), and the citation every claim row needs.
 */
final class Output implements Closeable {

    private static final String[] CONFIDENCE = {"high", "medium", "low"};

    private final Map<Table, CsvSink> sinks = new EnumMap<>(Table.class);
    private final int sourceCount;
    private final int sourceDigits;
    private final PowerLaw sourceUse;

    Output(Path dir, int sourceCount) throws IOException {
        this.sourceCount = sourceCount;
        this.sourceDigits = Math.max(4, Long.toString(sourceCount - 1).length());
        this.sourceUse = new PowerLaw(sourceCount, 0.9);
        try {
            open(dir, Table.SOURCE, "id", "kind", "title", "author", "publisher", "year", "url", "canonical", "note");
            open(
                    dir,
                    Table.PERSON,
                    "id",
                    "name",
                    "name_ru",
                    "aliases",
                    "born",
                    "born_original",
                    "died",
                    "description",
                    "confidence");
            open(dir, Table.FACTION, "id", "name", "aliases", "kind", "active", "description", "confidence");
            open(
                    dir,
                    Table.MEETING,
                    "id",
                    "name",
                    "name_ru",
                    "kind",
                    "number",
                    "city",
                    "date",
                    "organ",
                    "delegates_voting",
                    "delegates_consultative",
                    "confidence");
            open(
                    dir,
                    Table.ORGAN,
                    "id",
                    "name",
                    "name_ru",
                    "aliases",
                    "kind",
                    "parent",
                    "active",
                    "description",
                    "confidence");
            open(dir, Table.PLACE, "id", "name", "name_ru", "kind", "country", "confidence");
            open(
                    dir,
                    Table.DOCUMENT,
                    "id",
                    "title",
                    "kind",
                    "date",
                    "authors",
                    "adopted_at",
                    "part_of",
                    "text",
                    "text_kind",
                    "confidence");
            open(
                    dir,
                    Table.CRITICISM,
                    "id",
                    "critics",
                    "targets",
                    "date",
                    "venue",
                    "document",
                    "quote",
                    "summary",
                    "aftermath",
                    "confidence");
            open(
                    dir,
                    Table.PENALTY,
                    "id",
                    "person",
                    "kind",
                    "outcome",
                    "decision_date",
                    "effective_date",
                    "imposed_by",
                    "decided_at",
                    "under",
                    "to",
                    "from",
                    "grounds",
                    "governed_by",
                    "summary",
                    "confidence",
                    "status",
                    "variant_of",
                    "note",
                    "sentence",
                    "term",
                    "place");
            open(dir, Table.REVERSAL, "id", "person", "kind", "date", "reverses", "summary", "confidence");
            open(dir, Table.SIGNATURE, "id", "person", "document", "date", "confidence");
            open(
                    dir,
                    Table.ACCUSATION,
                    "id",
                    "accuser",
                    "accused",
                    "role",
                    "date",
                    "at",
                    "penalties",
                    "summary",
                    "confidence");
            open(
                    dir,
                    Table.VOTE,
                    "id",
                    "decides",
                    "meeting",
                    "date",
                    "votes_for",
                    "votes_against",
                    "abstained",
                    "present",
                    "entitled",
                    "result",
                    "summary",
                    "confidence");
            open(
                    dir,
                    Table.PURGE,
                    "id",
                    "name",
                    "date",
                    "members_before",
                    "members_before_qualifier",
                    "share_expelled",
                    "share_qualifier",
                    "target_groups",
                    "imposed_by",
                    "description",
                    "confidence");
            open(
                    dir,
                    Table.RULE,
                    "id",
                    "name",
                    "document",
                    "applies_to",
                    "protects",
                    "body",
                    "threshold_num",
                    "threshold_den",
                    "counts",
                    "text",
                    "description",
                    "confidence");
            open(dir, Table.STATEMENT, "id", "about", "date", "penalty_kinds", "summary", "confidence");
            open(dir, Table.MEMBERSHIP, "person", "group", "role", "date", "sources", "quote", "page", "confidence");
            open(dir, Table.CITATION, "claim", "source", "quote", "page", "aspect");
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open(Path dir, Table kind, String... header) throws IOException {
        sinks.put(kind, new CsvSink(dir, kind, header));
    }

    /** A row of {@code kind}, one value per column given for it above; null is an empty cell. */
    void row(Table kind, Object... values) {
        sinks.get(kind).row(values);
    }

    /** A citation of {@code claim} by a source (the popular ones more often), with a page half the time. */
    void cite(String claim, SplittableRandom r, String quote, String aspect) {
        String page = Draw.chance(r, 50) ? "p. " + Draw.between(r, 1, 640) : null;
        row(Table.CITATION, claim, anySource(r), quote, page, aspect);
    }

    String sourceId(int k) {
        return "src-" + DatasetGenerator.pad(k, sourceDigits);
    }

    String anySource(SplittableRandom r) {
        return sourceId(sourceUse.sample(r));
    }

    int sourceCount() {
        return sourceCount;
    }

    /** Mostly high. */
    static String confidence(SplittableRandom r) {
        return CONFIDENCE[Draw.weighted(r, 80, 16, 4)];
    }

    long rows(Table kind) {
        return sinks.get(kind).rows();
    }

    /** Rows written per file, in the order of {@link Table}. */
    Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        sinks.values().forEach(sink -> rows.put(sink.kind().file(), sink.rows()));
        return rows;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (CsvSink sink : sinks.values()) {
            try {
                sink.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
