package org.dissentgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
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
            return paths.filter(p -> p.getFileName().toString().endsWith(".csv") && Files.isRegularFile(p))
                    .sorted()
                    .map(InputFile::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir, e);
        }
    }

    /** The dataset bundled in the jar under {@code import/}. */
    public static List<InputFile> bundled() {
        List<InputFile> files = new ArrayList<>();
        ClassLoader loader = DatasetFiles.class.getClassLoader();
        for (Kind kind : Kind.values()) {
            String resource = "import/" + kind.file();
            if (loader.getResource(resource) != null) {
                files.add(new InputFile(kind.file(), () -> loader.getResourceAsStream(resource)));
            }
        }
        return files;
    }

    /** One SHA-256 over the files' names and checksums, in name order: the dataset's version. */
    public static String checksum(List<InputFile> files) {
        try {
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            for (InputFile file :
                    files.stream().sorted(Comparator.comparing(InputFile::name)).toList()) {
                all.update((file.name() + "\0" + file.sha256() + "\0").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(all.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
