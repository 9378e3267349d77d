package org.dissentgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Puts uploaded files where an import can find them again after a crash: one folder per import.
 * A zip is unpacked with care: only {@code *.csv} entries at its top level (or in one folder),
 * no {@code ..} or absolute paths, held to {@link UploadLimits} by {@link ZipGuard} as it streams.
 */
public final class Staging {

    /** Deletes a folder and everything in it, deepest first. */
    static void deleteTree(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private Staging() {}

    /** Why an upload was refused; the message says what to change. */
    public static final class BadUpload extends RuntimeException {
        public BadUpload(String message) {
            super(message);
        }
    }

    public static Path folder(Path stagingRoot, String importId) throws IOException {
        Path dir = stagingRoot.resolve(importId);
        Files.createDirectories(dir);
        return dir;
    }

    /** Unpacks a zip into {@code dir}; returns the CSV files written. */
    public static List<Path> unzip(InputStream zip, Path dir, UploadLimits limits) throws IOException {
        Set<String> names = new HashSet<>();
        int entries = 0;
        String folder = null;
        try (ZipInputStream in = ZipGuard.open(zip, limits)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                entries++;
                if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
                    throw new BadUpload("the zip entry '" + DatasetReader.abbreviate(name)
                            + "' has an unsafe path; entries must be plain file names");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                int slash = name.lastIndexOf('/');
                String parent = slash < 0 ? "" : name.substring(0, slash);
                String file = name.substring(slash + 1);
                if (parent.contains("/") || (folder != null && !folder.equals(parent))) {
                    throw new BadUpload("the zip entry '" + DatasetReader.abbreviate(name)
                            + "' is in a nested or second folder; put all CSV files together");
                }
                folder = parent;
                if (file.startsWith(".") || parent.startsWith("__MACOSX")) {
                    continue;
                }
                if (!file.endsWith(".csv")) {
                    throw new BadUpload("the zip entry '" + DatasetReader.abbreviate(name) + "' is not a .csv file");
                }
                if (!names.add(file)) {
                    throw new BadUpload("the zip holds '" + file + "' twice");
                }
                try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
                    byte[] buffer = new byte[1 << 16];
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        out.write(buffer, 0, read);
                    }
                }
            }
        } catch (ZipException e) {
            throw new BadUpload("not a valid zip file: " + e.getMessage());
        } catch (java.io.EOFException e) {
            throw new BadUpload("not a valid zip file: it ends in the middle of an entry (truncated?)");
        }
        if (names.isEmpty()) {
            throw new BadUpload(entries == 0 ? "the upload is empty or not a zip file" : "the zip holds no .csv file");
        }
        return names.stream().sorted().map(dir::resolve).toList();
    }
}
