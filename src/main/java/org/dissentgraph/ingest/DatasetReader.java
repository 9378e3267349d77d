package org.dissentgraph.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dissentgraph.ingest.consistency.ConsistencyRules;
import org.dissentgraph.ingest.consistency.Finding;
import org.dissentgraph.time.Edtf;
import org.dissentgraph.time.EdtfException;

/**
 * Checks a dataset's CSV files completely before anything is written: syntax, columns, ids,
 * dates, vocabularies, references (into the files or the database), citations. Every problem is
 * reported with file, line and column. Then, once every row passes, the consistency rules
 * ({@link ConsistencyRules}) compare the rows with each other. The files are streamed twice (ids
 * first, then everything else); only the ids and the few cells those rules compare are held in
 * memory, so millions of rows fit a small heap.
 */
public final class DatasetReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
    private static final int MAX_CELL = 200_000;
    private static final int DB_BATCH = 10_000;
    /** Kinds whose names other rows' display names use. */
    private static final Set<Kind> NAMED =
            Set.of(Kind.PERSON, Kind.ORGAN, Kind.FACTION, Kind.MEETING, Kind.DOCUMENT, Kind.PLACE);

    private final Function<Set<String>, Set<String>> existingInDatabase;

    /**
     * @param existingInDatabase given ids that no row of the files has, returns those that exist in
     *     the target database (references may point at data loaded before)
     */
    public DatasetReader(Function<Set<String>, Set<String>> existingInDatabase) {
        this.existingInDatabase = existingInDatabase;
    }

    /** Checks the files alone: every reference must name a row of the files. */
    public static DatasetReader filesOnly() {
        return new DatasetReader((Set<String> ids) -> Set.of());
    }

    /** Checks the files, with a per-id test of the database for references the files do not resolve. */
    public static DatasetReader checking(Predicate<String> existsInDatabase) {
        return new DatasetReader(
                (Set<String> ids) -> ids.stream().filter(existsInDatabase).collect(Collectors.toSet()));
    }

    /**
     * The outcome: the validated dataset when {@link #errors()} is empty. The errors include those of
     * the consistency rules; {@code warnings} are what those rules find possible but not certain
     * (they do not block an import; {@code validate --strict} treats them as errors).
     */
    public record Result(Dataset dataset, List<ValidationError> errors, List<ValidationError> warnings) {

        public Result(Dataset dataset, List<ValidationError> errors) {
            this(dataset, errors, List.of());
        }

        public boolean ok() {
            return errors.isEmpty();
        }

        /** The same result with the warnings counted as errors ({@code validate --strict}). */
        public Result strict() {
            List<ValidationError> all = new ArrayList<>(errors);
            all.addAll(warnings);
            all.sort(java.util.Comparator.comparing(ValidationError::file).thenComparingLong(ValidationError::line));
            return new Result(dataset, List.copyOf(all), List.of());
        }
    }

    private record Unresolved(String file, long line, String column, String id, Set<Kind> kinds) {}

    public Result read(List<InputFile> files) {
        Errors errors = new Errors();
        Map<Kind, InputFile> byKind = new EnumMap<>(Kind.class);
        Set<String> names = new HashSet<>();
        for (InputFile file : files) {
            if (!names.add(file.name())) {
                errors.add(file.name(), 0, "", "the file is given twice");
                continue;
            }
            Kind.ofFile(file.name())
                    .ifPresentOrElse(
                            kind -> byKind.put(kind, file),
                            () -> errors.add(file.name(), 0, "", "unknown file: a dataset holds only " + knownFiles()));
        }
        if (!byKind.containsKey(Kind.SOURCE)) {
            errors.add(Kind.SOURCE.file(), 0, "", "missing: every dataset needs sources.csv");
        }

        // pass 1: ids
        IdIndex index = new IdIndex();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<Kind> refused = java.util.EnumSet.noneOf(Kind.class);
        for (Map.Entry<Kind, InputFile> entry : byKind.entrySet()) {
            Kind kind = entry.getKey();
            int[] rows = {0};
            boolean ok = CsvRows.forEach(kind, entry.getValue(), errors, row -> {
                rows[0]++;
                String id = row.get("id");
                if (kind.label().isEmpty() || id == null) {
                    return;
                }
                if (!ID.matcher(id).matches()) {
                    errors.add(
                            row.file(),
                            row.line(),
                            "id",
                            "'" + abbreviate(id) + "' is not an id: use lower-case"
                                    + " letters, digits and '-', starting with a letter or digit, at most 80 characters");
                    return;
                }
                String name =
                        NAMED.contains(kind) ? (row.get("name") != null ? row.get("name") : row.get("title")) : null;
                int earlier = index.add(id, kind, row.line(), name);
                if (earlier >= 0) {
                    errors.add(
                            row.file(),
                            row.line(),
                            "id",
                            "duplicate id '" + id + "', already used at "
                                    + index.kindAt(earlier).file() + ":" + index.lineAt(earlier));
                }
            });
            counts.put(kind.file(), rows[0]);
            if (!ok) {
                refused.add(kind);
            }
        }

        // pass 2: citations first (they decide which claims are cited), then every other row
        BitSet cited = new BitSet();
        Set<String> aftermath = new HashSet<>();
        Set<String> grounds = new HashSet<>();
        List<Unresolved> unresolved = new ArrayList<>();
        ConsistencyRules consistency = new ConsistencyRules();
        InputFile citations = byKind.get(Kind.CITATION);
        if (citations != null && !refused.contains(Kind.CITATION)) {
            CsvRows.forEach(Kind.CITATION, citations, new Errors(), row -> {
                checkRow(row, index, errors, unresolved);
                consistency.add(Kind.CITATION.file(), row.line(), row::get);
                String claim = row.get("claim");
                if (claim != null && index.contains(claim)) {
                    cited.set(index.indexOf(claim));
                    if ("aftermath".equals(row.get("aspect"))) {
                        aftermath.add(claim);
                    } else if ("grounds".equals(row.get("aspect"))) {
                        grounds.add(claim);
                    }
                }
            });
        }
        for (Map.Entry<Kind, InputFile> entry : byKind.entrySet()) {
            Kind kind = entry.getKey();
            if (kind == Kind.CITATION || refused.contains(kind)) {
                continue;
            }
            CsvRows.forEach(kind, entry.getValue(), new Errors(), row -> {
                checkRow(row, index, errors, unresolved);
                checkClaim(row, index, cited, aftermath, grounds, errors);
                consistency.add(kind.file(), row.line(), row::get);
            });
        }
        // a reference into a file refused as a whole cannot be checked: its own error says enough
        unresolved.removeIf(u ->
                u.kinds().isEmpty() ? !refused.isEmpty() : u.kinds().stream().anyMatch(refused::contains));
        resolveInDatabase(unresolved, errors);
        // the consistency rules compare rows with each other, so only rows that passed the row checks
        List<ValidationError> warnings = new ArrayList<>();
        if (errors.count() == 0) {
            for (Finding f : consistency.check()) {
                if (f.error()) {
                    errors.add(f.file(), f.line(), f.column(), f.message());
                } else {
                    warnings.add(new ValidationError(f.file(), f.line(), f.column(), f.message()));
                }
            }
        }
        Dataset dataset = new Dataset(byKind, index, counts);
        return new Result(dataset, errors.list(), List.copyOf(warnings));
    }

    private void resolveInDatabase(List<Unresolved> unresolved, Errors errors) {
        Set<String> found = new HashSet<>();
        List<String> ids = unresolved.stream().map(Unresolved::id).distinct().toList();
        for (int from = 0; from < ids.size(); from += DB_BATCH) {
            found.addAll(
                    existingInDatabase.apply(new HashSet<>(ids.subList(from, Math.min(ids.size(), from + DB_BATCH)))));
        }
        for (Unresolved u : unresolved) {
            if (!found.contains(u.id())) {
                errors.add(
                        u.file(),
                        u.line(),
                        u.column(),
                        "unknown reference '" + abbreviate(u.id()) + "': no row has this id"
                                + (u.kinds().isEmpty() ? "" : " in " + files(u.kinds())) + ", nor the database");
            }
        }
    }

    private static String knownFiles() {
        return String.join(
                ", ", java.util.Arrays.stream(Kind.values()).map(Kind::file).toList());
    }

    private static void checkRow(Row row, IdIndex index, Errors errors, List<Unresolved> unresolved) {
        for (Column column : row.kind().columns()) {
            String value = row.get(column.name());
            if (value == null) {
                if (column.required()) {
                    errors.add(row.file(), row.line(), column.name(), "required value is empty");
                }
                continue;
            }
            String problem = checkValue(column, value, row);
            if (problem != null) {
                errors.add(row.file(), row.line(), column.name(), problem);
            }
            if (column.type() == ColumnType.REF || column.type() == ColumnType.REF_LIST) {
                List<String> ids = column.type() == ColumnType.REF ? List.of(value) : row.list(column.name());
                for (String id : ids) {
                    Kind target = index.kindOf(id);
                    if (target == null) {
                        if (ID.matcher(id).matches()) {
                            unresolved.add(
                                    new Unresolved(row.file(), row.line(), column.name(), id, column.refKinds()));
                        } else {
                            errors.add(row.file(), row.line(), column.name(), "'" + abbreviate(id) + "' is not an id");
                        }
                    } else if (!column.refKinds().isEmpty()
                            && !column.refKinds().contains(target)) {
                        errors.add(
                                row.file(),
                                row.line(),
                                column.name(),
                                "'" + id + "' is a row of " + target.file() + ", but this column takes ids from "
                                        + files(column.refKinds()));
                    } else if (row.kind() == Kind.CITATION && column.name().equals("claim") && target == Kind.SOURCE) {
                        errors.add(
                                row.file(),
                                row.line(),
                                column.name(),
                                "'" + id + "' is a source; citations are made by claims, not by sources");
                    }
                }
            }
        }
    }

    private static String files(Set<Kind> kinds) {
        return String.join(" or ", kinds.stream().sorted().map(Kind::file).toList());
    }

    static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    private static String badDate(String value) {
        try {
            Edtf.parse(value);
            return null;
        } catch (EdtfException e) {
            return "bad date: " + e.getMessage();
        }
    }

    private static String checkValue(Column column, String value, Row row) {
        if (value.length() > MAX_CELL) {
            return "value is " + value.length() + " characters long; at most " + MAX_CELL;
        }
        return switch (column.type()) {
            case EDTF -> badDate(value);
            case YEAR -> {
                String bad = value.equals(ColumnType.UNDATED) ? null : badDate(value);
                yield bad == null ? null : bad + "; or " + ColumnType.UNDATED + " for a work that states no date";
            }
            case VOCAB ->
                column.vocabulary().contains(value)
                        ? null
                        : "'" + abbreviate(value) + "' is not one of " + sorted(column.vocabulary());
            case VOCAB_LIST ->
                row.list(column.name()).stream()
                        .filter(v -> !column.vocabulary().contains(v))
                        .findFirst()
                        .map(v -> "'" + abbreviate(v) + "' is not one of " + sorted(column.vocabulary()))
                        .orElse(null);
            case COUNT ->
                value.matches("\\d{1,15}") ? null : "'" + abbreviate(value) + "' is not a whole number of 0 or more";
            case SHARE -> {
                try {
                    BigDecimal share = new BigDecimal(value);
                    yield share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0
                            ? null
                            : "'" + value + "' is not a share between 0 and 1";
                } catch (NumberFormatException e) {
                    yield "'" + abbreviate(value) + "' is not a decimal number (e.g. 0.25)";
                }
            }
            case PERIOD -> {
                try {
                    java.time.Period period = java.time.Period.parse(value);
                    yield period.isNegative() || period.isZero()
                            ? "'" + abbreviate(value) + "' is not a positive period"
                            : null;
                } catch (java.time.format.DateTimeParseException e) {
                    yield "'" + abbreviate(value) + "' is not an ISO-8601 period like P10Y or P3Y6M";
                }
            }
            case URL -> URL.matcher(value).matches() ? null : "'" + abbreviate(value) + "' is not an http(s) URL";
            case WIKIDATA ->
                WIKIDATA.matcher(value).matches()
                        ? null
                        : "'" + abbreviate(value) + "' is not a Wikidata id like Q1394";
            default -> null;
        };
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }

    private static void checkClaim(
            Row row, IdIndex index, BitSet cited, Set<String> aftermath, Set<String> grounds, Errors errors) {
        Kind kind = row.kind();
        String id = row.get("id");
        if (kind.label().isPresent()
                && kind.isClaim()
                && id != null
                && index.contains(id)
                && !cited.get(index.indexOf(id))) {
            errors.add(row.file(), row.line(), "id", "claim '" + id + "' has no source: add a row to citations.csv");
        }
        switch (kind) {
            case CRITICISM -> {
                if ("none-attested".equals(row.get("aftermath")) && !aftermath.contains(id)) {
                    errors.add(
                            row.file(),
                            row.line(),
                            "aftermath",
                            "'none-attested' needs a citation with aspect=aftermath quoting the source that says nothing followed");
                }
            }
            case PENALTY -> {
                if (!row.has("decision_date") && !row.has("effective_date")) {
                    errors.add(
                            row.file(),
                            row.line(),
                            "decision_date",
                            "a penalty needs a decision_date or an effective_date");
                }
                if (row.has("grounds") && !grounds.contains(id)) {
                    errors.add(
                            row.file(),
                            row.line(),
                            "grounds",
                            "grounds need a citation with aspect=grounds: a source that says the penalty was for that"
                                    + " criticism or signature");
                }
                boolean sentence = "SENTENCE".equals(row.get("kind"));
                if (sentence && !row.has("sentence")) {
                    errors.add(
                            row.file(),
                            row.line(),
                            "sentence",
                            "required for kind SENTENCE: DEATH, CAMP, PRISON or EXILE");
                } else if (!sentence && row.has("sentence")) {
                    errors.add(
                            row.file(),
                            row.line(),
                            "sentence",
                            "only a penalty of kind SENTENCE has a sentence; this one is " + row.get("kind"));
                }
                if (row.has("term") && "DEATH".equals(row.get("sentence"))) {
                    errors.add(row.file(), row.line(), "term", "a death sentence has no term; leave it empty");
                }
            }
            case DOCUMENT -> {
                if (row.has("text") && !row.has("text_kind")) {
                    errors.add(row.file(), row.line(), "text_kind", "required when text is given: full or excerpt");
                }
            }
            case VOTE -> {
                long cast = count(row, "votes_for") + count(row, "votes_against") + count(row, "abstained");
                if (row.has("present") && isCount(row, "present") && cast > count(row, "present")) {
                    errors.add(
                            row.file(),
                            row.line(),
                            "present",
                            "fewer present (" + row.get("present") + ") than votes for, against and abstained (" + cast
                                    + ")");
                }
            }
            case RULE -> {
                if (isCount(row, "threshold_num")
                        && isCount(row, "threshold_den")
                        && (count(row, "threshold_den") == 0
                                || count(row, "threshold_num") > count(row, "threshold_den"))) {
                    errors.add(
                            row.file(),
                            row.line(),
                            "threshold_num",
                            "threshold " + row.get("threshold_num") + "/" + row.get("threshold_den")
                                    + " is not a share of at most 1");
                }
            }
            default -> {}
        }
    }

    private static boolean isCount(Row row, String column) {
        String value = row.get(column);
        return value != null && value.matches("\\d{1,15}");
    }

    private static long count(Row row, String column) {
        return isCount(row, column) ? Long.parseLong(row.get(column)) : 0;
    }
}
