package org.dissentgraph.ingest;

import java.util.List;

/**
 * One import to run.
 *
 * @param id the import's id (also of its {@code :Import} audit node)
 * @param dataset the name its rows are kept under; loading the same name again replaces them
 * @param files the CSV files
 * @param by who asked for it (a user name, "startup", "cli")
 * @param location where the files stay until the import is DONE ({@code classpath:import} for the
 *     bundled dataset, else a folder), so a restart can roll it forward
 * @param staged whether {@code location} is a copy made for this import, deleted once it is DONE
 * @param strict whether warnings of the consistency rules count as errors ({@code import --strict},
 *     {@code POST /api/imports?strict=true}): with any, nothing is written
 */
public record ImportRequest(
        String id, String dataset, List<InputFile> files, String by, String location, boolean staged, boolean strict) {

    public static final String BUNDLED = "classpath:import";

    /** An import the {@code import} command asks for: a folder's files, kept where they are, by "cli". */
    public static ImportRequest fromCommandLine(java.nio.file.Path dir, String dataset, boolean strict) {
        return new ImportRequest(
                Importer.newId(),
                dataset,
                DatasetFiles.fromDirectory(dir),
                "cli",
                dir.toAbsolutePath().normalize().toString(),
                false,
                strict);
    }

    /** An import in which warnings do not block (the default). */
    public ImportRequest(String id, String dataset, List<InputFile> files, String by, String location, boolean staged) {
        this(id, dataset, files, by, location, staged, false);
    }
}
