package org.dissentgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Streams the rows of one CSV file of the import format: strict UTF-8, RFC 4180, header checked
 * against the kind's columns, each row with the line it starts on. Problems go to the error list;
 * rows are handed on one at a time.
 */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(false)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private static final String NOT_UTF8 =
            "not UTF-8 text: a byte on or after this line is not valid UTF-8; save the file as UTF-8";

    private CsvRows() {}

    private static String csvProblem(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field that starts on this line is never closed";
        }
        return message.replaceFirst("^\\(startline \\d+\\) ", "");
    }

    /** Reads {@code file} as {@code kind}; returns false when the file as a whole was refused. */
    static boolean forEach(Kind kind, InputFile file, Errors errors, Consumer<Row> rows) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long previousEnd = 1;
        try (Reader reader = new BufferedReader(new InputStreamReader(file.open(), decoder), 1 << 16)) {
            reader.mark(1);
            int first = reader.read();
            if (first == -1) {
                errors.add(file.name(), 0, "", "the file is empty; it needs at least its header row");
                return false;
            }
            if (first != '\uFEFF') {
                reader.reset();
            }
            try (CSVParser parser =
                    CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
                List<String> header = parser.getHeaderNames();
                if (header.isEmpty() || (header.size() == 1 && header.get(0).isBlank())) {
                    errors.add(file.name(), 0, "", "the file is empty; it needs at least its header row");
                    return false;
                }
                if (!checkHeader(kind, file.name(), header, errors)) {
                    return false;
                }
                for (CSVRecord record : parser) {
                    long line = previousEnd + 1;
                    previousEnd = parser.getCurrentLineNumber();
                    if (record.size() == 1 && record.get(0).isEmpty()) {
                        continue; // a blank line
                    }
                    if (!record.isConsistent()) {
                        errors.add(
                                file.name(),
                                line,
                                "",
                                "has " + record.size() + " fields, the header has " + header.size());
                        continue;
                    }
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        String value = record.get(i).strip();
                        if (!value.isEmpty()) {
                            cells.put(header.get(i), value);
                        }
                    }
                    rows.accept(new Row(kind, file.name(), line, cells));
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            errors.add(file.name(), previousEnd + 1, "", NOT_UTF8);
            return false;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                errors.add(file.name(), previousEnd + 1, "", NOT_UTF8);
            } else {
                errors.add(file.name(), previousEnd + 1, "", "not valid CSV: " + csvProblem(e));
            }
            return false;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(file.name(), 0, "", "not valid CSV: " + e.getMessage());
            return false;
        }
    }

    private static boolean checkHeader(Kind kind, String file, List<String> header, Errors errors) {
        boolean ok = true;
        for (String name : header) {
            if (kind.column(name).isEmpty()) {
                errors.add(
                        file,
                        1,
                        name,
                        "unknown column; " + file + " has: "
                                + String.join(
                                        ", ",
                                        kind.columns().stream()
                                                .map(Column::name)
                                                .toList()));
                ok = false;
            }
        }
        for (Column column : kind.columns()) {
            if (column.required() && !header.contains(column.name())) {
                errors.add(file, 1, column.name(), "required column missing from the header");
                ok = false;
            }
        }
        return ok;
    }
}
