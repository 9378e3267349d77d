package org.dissentgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where a dataset's files come from: a folder, or the {@code import/} bundled in the jar. */
public final class DatasetFiles {

    private DatasetFiles() {}

    /** Every {@code *.csv} of a folder (other files, such as a README, are left alone). */
    public static List<InputFile> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a folder");
        }
        try (Stream<Path> paths = Files.list(dir)) {
            List<InputFile> files = new ArrayList<>();
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                files.add(new InputFile(path.getFileName().toString(), Files.readAllBytes(path)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir, e);
        }
    }

    /** The dataset bundled in the jar under {@code import/}. */
    public static List<InputFile> bundled() {
        List<InputFile> files = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            try (InputStream in = DatasetFiles.class.getClassLoader().getResourceAsStream("import/" + kind.file())) {
                if (in != null) {
                    files.add(new InputFile(kind.file(), in.readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled import/" + kind.file(), e);
            }
        }
        return files;
    }
}
