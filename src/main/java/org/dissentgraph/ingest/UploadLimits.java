package org.dissentgraph.ingest;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dissentgraph.neo4j.StartupFailure;

/**
 * What an upload ({@code POST /api/imports}) may expand to, checked while it streams and before
 * anything reaches the database: at most {@code dissent.upload.max-expanded-size}
 * (DISSENT_UPLOAD_MAX_EXPANDED, default 2 GiB) in all, no entry inflating more than 100:1 (a zip
 * bomb), at most 1,000 entries, no archive inside the archive. Created at start-up, so a bad
 * setting stops the start in one line rather than failing the first upload.
 */
@Context
public class UploadLimits {

    /** Entries or parts an upload may have; a dataset has at most 15 CSV files. */
    public static final int MAX_ENTRIES = 1_000;
    /** Bytes out per byte in, for any one entry. CSV compresses 5 to 20 times; a zip bomb, about 1,000. */
    public static final int MAX_RATIO = 100;
    /** An entry is judged by its ratio once it has expanded past this: a smaller one can do no harm. */
    public static final long RATIO_GRACE_BYTES = 1L << 20;

    /** File endings of archives, refused inside an upload. */
    static final List<String> ARCHIVE_ENDINGS =
            List.of(".zip", ".jar", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", ".xz", ".zst", ".lz4");

    private final long maxExpandedBytes;

    public UploadLimits(@Value("${dissent.upload.max-expanded-size:2g}") String maxExpanded) {
        this(parseSize(maxExpanded));
    }

    UploadLimits(long maxExpandedBytes) {
        this.maxExpandedBytes = maxExpandedBytes;
    }

    public long maxExpandedBytes() {
        return maxExpandedBytes;
    }

    /** The limit as a problem names it: {@code 2 GiB (dissent.upload.max-expanded-size)}. */
    String expandedLimitText() {
        return readable(maxExpandedBytes) + " (dissent.upload.max-expanded-size, DISSENT_UPLOAD_MAX_EXPANDED)";
    }

    /**
     * Copies one part of a multipart upload to {@code target}, held to the same limits as a zip: not
     * an archive by its first bytes, and {@code before} plus its size within the limit.
     * Returns the bytes copied.
     */
    long copyPart(InputStream in, Path target, String name, long before) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                if (copied == 0 && isArchiveSignature(buffer, read)) {
                    throw new Staging.BadUpload("'" + DatasetReader.abbreviate(name)
                            + "' holds an archive, not CSV text; archives inside the upload are refused");
                }
                copied += read;
                if (before + copied > maxExpandedBytes) {
                    throw new Staging.BadUpload("the upload holds more than " + expandedLimitText() + ", the limit");
                }
                out.write(buffer, 0, read);
            }
        }
        return copied;
    }

    static boolean isArchiveName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ARCHIVE_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /** Whether the first bytes of a file are an archive's (zip, gzip, 7z, rar, xz) signature. */
    static boolean isArchiveSignature(byte[] head, int length) {
        return starts(head, length, 'P', 'K', 3, 4)
                || starts(head, length, 'P', 'K', 5, 6)
                || starts(head, length, 'P', 'K', 7, 8)
                || starts(head, length, 0x1f, 0x8b)
                || starts(head, length, '7', 'z', 0xbc, 0xaf)
                || starts(head, length, 'R', 'a', 'r', '!')
                || starts(head, length, 0xfd, '7', 'z', 'X');
    }

    private static boolean starts(byte[] head, int length, int... signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    static String readable(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }

    /** {@code 2g}, {@code 2gb}, {@code 2GiB}, {@code 500m}, {@code 65536}; anything else stops the start-up. */
    static long parseSize(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        var match = java.util.regex.Pattern.compile("(\\d{1,15})\\s*(k|m|g|t)?(i?b)?")
                .matcher(value);
        if (!match.matches()) {
            throw new StartupFailure("DISSENT_UPLOAD_MAX_EXPANDED (dissent.upload.max-expanded-size)='" + text
                    + "' is not a size such as 2g, 500m or 1048576.");
        }
        long number = Long.parseLong(match.group(1));
        int shift = switch (match.group(2) == null ? "" : match.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        if (number <= 0 || Long.numberOfLeadingZeros(number) <= shift) {
            throw new StartupFailure("DISSENT_UPLOAD_MAX_EXPANDED (dissent.upload.max-expanded-size)='" + text
                    + "' is not a size such as 2g, 500m or 1048576 (it must be above 0).");
        }
        return number << shift;
    }
}
