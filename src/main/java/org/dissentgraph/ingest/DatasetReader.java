package org.dissentgraph.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dissentgraph.time.Edtf;
import org.dissentgraph.time.EdtfException;

/**
 * Reads a dataset's CSV files and checks all of it before anything is written: syntax, columns,
 * ids, dates, vocabularies, references, citations. Every problem is reported, with file, line and
 * column, not only the first.
 */
public final class DatasetReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
    private static final int MAX_CELL = 200_000;

    private final Predicate<String> existsInDatabase;

    /**
     * @param existsInDatabase whether an id missing from the files exists in the target database
     *     (references may point at data loaded before); {@code id -> false} to check the files alone
     */
    public DatasetReader(Predicate<String> existsInDatabase) {
        this.existsInDatabase = existsInDatabase;
    }

    /** The outcome: the rows when {@link #errors()} is empty. */
    public record Result(Dataset dataset, List<ValidationError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Result read(List<InputFile> files) {
        List<ValidationError> errors = new ArrayList<>();
        Map<Kind, List<Row>> rows = new EnumMap<>(Kind.class);
        Set<String> seen = new HashSet<>();
        for (InputFile file : files) {
            if (!seen.add(file.name())) {
                errors.add(new ValidationError(file.name(), 0, "", "the file is given twice"));
                continue;
            }
            Kind.ofFile(file.name()).ifPresentOrElse(
                    kind -> rows.put(kind, parse(kind, file, errors)),
                    () -> errors.add(new ValidationError(file.name(), 0, "",
                            "unknown file: a dataset holds only " + knownFiles())));
        }
        if (!rows.containsKey(Kind.SOURCE)) {
            errors.add(new ValidationError(Kind.SOURCE.file(), 0, "", "missing: every dataset needs sources.csv"));
        }
        Dataset dataset = new Dataset(rows);
        checkIds(dataset, errors);
        checkReferences(dataset, errors);
        checkRows(dataset, errors);
        return new Result(dataset, List.copyOf(errors));
    }

    private static String knownFiles() {
        StringBuilder names = new StringBuilder();
        for (Kind kind : Kind.values()) {
            names.append(names.isEmpty() ? "" : ", ").append(kind.file());
        }
        return names.toString();
    }

    private List<Row> parse(Kind kind, InputFile file, List<ValidationError> errors) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.content()))
                    .toString();
        } catch (CharacterCodingException e) {
            errors.add(new ValidationError(file.name(), 0, "", "not UTF-8 text (" + e.getMessage()
                    + "); save the file as UTF-8"));
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            errors.add(new ValidationError(file.name(), 0, "", "the file is empty; it needs at least its header row"));
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(false)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (!checkHeader(kind, file.name(), header, errors)) {
                return List.of();
            }
            long previousEnd = 1;
            for (CSVRecord record : parser) {
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (!record.isConsistent()) {
                    errors.add(new ValidationError(file.name(), line, "",
                            "has " + record.size() + " fields, the header has " + header.size()));
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : header) {
                    String value = record.get(column).strip();
                    if (!value.isEmpty()) {
                        cells.put(column, value);
                    }
                }
                rows.add(new Row(kind, file.name(), line, cells));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            errors.add(new ValidationError(file.name(), 0, "", "not valid CSV: " + e.getMessage()));
        }
        return rows;
    }

    private static boolean checkHeader(Kind kind, String file, List<String> header, List<ValidationError> errors) {
        boolean ok = true;
        for (String name : header) {
            if (kind.column(name).isEmpty()) {
                errors.add(new ValidationError(file, 1, name, "unknown column; " + file + " has: "
                        + String.join(", ", kind.columns().stream().map(Column::name).toList())));
                ok = false;
            }
        }
        for (Column column : kind.columns()) {
            if (column.required() && !header.contains(column.name())) {
                errors.add(new ValidationError(file, 1, column.name(), "required column missing from the header"));
                ok = false;
            }
        }
        return ok;
    }

    private static void checkIds(Dataset dataset, List<ValidationError> errors) {
        Map<String, Row> first = new HashMap<>();
        for (Row row : dataset.nodeRows()) {
            String id = row.get("id");
            if (id == null) {
                continue; // reported as a missing required value
            }
            if (!ID.matcher(id).matches()) {
                errors.add(new ValidationError(row.file(), row.line(), "id", "'" + id + "' is not an id: use lower-case"
                        + " letters, digits and '-', starting with a letter or digit, at most 80 characters"));
                continue;
            }
            Row earlier = first.putIfAbsent(id, row);
            if (earlier != null) {
                errors.add(new ValidationError(row.file(), row.line(), "id", "duplicate id '" + id
                        + "', already used at " + earlier.file() + ":" + earlier.line()));
            }
        }
    }

    private void checkReferences(Dataset dataset, List<ValidationError> errors) {
        for (Row row : dataset.allRows()) {
            for (Column column : row.kind().columns()) {
                if (column.type() != ColumnType.REF && column.type() != ColumnType.REF_LIST) {
                    continue;
                }
                List<String> ids = column.type() == ColumnType.REF ? single(row, column) : row.list(column.name());
                for (String id : ids) {
                    Kind target = dataset.kindOf(id);
                    if (target == null) {
                        if (!existsInDatabase.test(id)) {
                            errors.add(new ValidationError(row.file(), row.line(), column.name(),
                                    "unknown reference '" + id + "': no row has this id"
                                            + (column.refKinds().isEmpty() ? "" : " in " + files(column.refKinds()))));
                        }
                    } else if (!column.refKinds().isEmpty() && !column.refKinds().contains(target)) {
                        errors.add(new ValidationError(row.file(), row.line(), column.name(),
                                "'" + id + "' is a row of " + target.file() + ", but this column takes ids from "
                                        + files(column.refKinds())));
                    } else if (row.kind() == Kind.CITATION && column.name().equals("claim") && target == Kind.SOURCE) {
                        errors.add(new ValidationError(row.file(), row.line(), column.name(),
                                "'" + id + "' is a source; citations are made by claims, not by sources"));
                    }
                }
            }
        }
    }

    private static List<String> single(Row row, Column column) {
        String value = row.get(column.name());
        return value == null ? List.of() : List.of(value);
    }

    private static String files(Set<Kind> kinds) {
        return String.join(" or ", kinds.stream().sorted().map(Kind::file).toList());
    }

    private static void checkRows(Dataset dataset, List<ValidationError> errors) {
        Map<String, Set<String>> aspects = new HashMap<>();
        for (Row citation : dataset.rows(Kind.CITATION)) {
            String claim = citation.get("claim");
            if (claim != null) {
                aspects.computeIfAbsent(claim, k -> new HashSet<>()).add(citation.get("aspect") == null ? "" : citation.get("aspect"));
            }
        }
        for (Row row : dataset.allRows()) {
            for (Column column : row.kind().columns()) {
                String value = row.get(column.name());
                if (value == null) {
                    if (column.required()) {
                        errors.add(new ValidationError(row.file(), row.line(), column.name(), "required value is empty"));
                    }
                    continue;
                }
                String problem = checkValue(column, value, row);
                if (problem != null) {
                    errors.add(new ValidationError(row.file(), row.line(), column.name(), problem));
                }
            }
            checkClaim(row, aspects.getOrDefault(row.get("id"), Set.of()), errors);
        }
    }

    private static String checkValue(Column column, String value, Row row) {
        if (value.length() > MAX_CELL) {
            return "value is " + value.length() + " characters long; at most " + MAX_CELL;
        }
        return switch (column.type()) {
            case EDTF -> {
                try {
                    Edtf.parse(value);
                    yield null;
                } catch (EdtfException e) {
                    yield "bad date: " + e.getMessage();
                }
            }
            case VOCAB -> column.vocabulary().contains(value) ? null
                    : "'" + value + "' is not one of " + sorted(column.vocabulary());
            case VOCAB_LIST -> row.list(column.name()).stream()
                    .filter(v -> !column.vocabulary().contains(v)).findFirst()
                    .map(v -> "'" + v + "' is not one of " + sorted(column.vocabulary())).orElse(null);
            case COUNT -> value.matches("\\d{1,15}") ? null : "'" + value + "' is not a whole number of 0 or more";
            case SHARE -> {
                try {
                    BigDecimal share = new BigDecimal(value);
                    yield share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0 ? null
                            : "'" + value + "' is not a share between 0 and 1";
                } catch (NumberFormatException e) {
                    yield "'" + value + "' is not a decimal number (e.g. 0.25)";
                }
            }
            case URL -> URL.matcher(value).matches() ? null : "'" + value + "' is not an http(s) URL";
            case WIKIDATA -> WIKIDATA.matcher(value).matches() ? null : "'" + value + "' is not a Wikidata id like Q1394";
            default -> null;
        };
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }

    private static void checkClaim(Row row, Set<String> aspects, List<ValidationError> errors) {
        Kind kind = row.kind();
        if (kind.label().isPresent() && kind.isClaim() && row.get("id") != null && aspects.isEmpty()) {
            errors.add(new ValidationError(row.file(), row.line(), "id",
                    "claim '" + row.get("id") + "' has no source: add a row to citations.csv"));
        }
        switch (kind) {
            case CRITICISM -> {
                if ("none-attested".equals(row.get("aftermath")) && !aspects.contains("aftermath")) {
                    errors.add(new ValidationError(row.file(), row.line(), "aftermath",
                            "'none-attested' needs a citation with aspect=aftermath quoting the source that says nothing followed"));
                }
            }
            case PENALTY -> {
                if (!row.has("decision_date") && !row.has("effective_date")) {
                    errors.add(new ValidationError(row.file(), row.line(), "decision_date",
                            "a penalty needs a decision_date or an effective_date"));
                }
                if (row.has("grounds") && !aspects.contains("grounds")) {
                    errors.add(new ValidationError(row.file(), row.line(), "grounds",
                            "grounds need a citation with aspect=grounds: a source that says the penalty was for that criticism"));
                }
            }
            case DOCUMENT -> {
                if (row.has("text") && !row.has("text_kind")) {
                    errors.add(new ValidationError(row.file(), row.line(), "text_kind",
                            "required when text is given: full or excerpt"));
                }
            }
            case VOTE -> {
                long cast = count(row, "votes_for") + count(row, "votes_against") + count(row, "abstained");
                if (row.has("present") && isCount(row, "present") && cast > count(row, "present")) {
                    errors.add(new ValidationError(row.file(), row.line(), "present",
                            "fewer present (" + row.get("present") + ") than votes for, against and abstained (" + cast + ")"));
                }
            }
            case RULE -> {
                if (isCount(row, "threshold_num") && isCount(row, "threshold_den")
                        && (count(row, "threshold_den") == 0 || count(row, "threshold_num") > count(row, "threshold_den"))) {
                    errors.add(new ValidationError(row.file(), row.line(), "threshold_num",
                            "threshold " + row.get("threshold_num") + "/" + row.get("threshold_den") + " is not a share of at most 1"));
                }
            }
            default -> { }
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
