package org.dissentgraph.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A {@link ZipInputStream} that holds an upload to {@link UploadLimits} while it is read: it counts
 * the bytes that really come out of each entry and the compressed bytes that went in, so neither a
 * zip bomb nor a zip that lies about its sizes gets past it (declared sizes are only a first,
 * early look). It throws {@link Staging.BadUpload} naming the limit; whoever unpacks deletes what
 * was staged.
 */
final class ZipGuard extends ZipInputStream {

    private final UploadLimits limits;
    private final Counting compressed;
    private int entries;
    private long total;
    private String entryName;
    private long entryExpanded;
    private long entryCompressedStart;
    private final byte[] head = new byte[8];
    private int headLength;

    private ZipGuard(Counting compressed, UploadLimits limits) {
        super(compressed);
        this.compressed = compressed;
        this.limits = limits;
    }

    static ZipGuard open(InputStream zip, UploadLimits limits) {
        return new ZipGuard(new Counting(zip), limits);
    }

    @Override
    public ZipEntry getNextEntry() throws IOException {
        ZipEntry entry = super.getNextEntry();
        if (entry == null) {
            return null;
        }
        if (++entries > UploadLimits.MAX_ENTRIES) {
            throw new Staging.BadUpload("the zip has more than " + UploadLimits.MAX_ENTRIES
                    + " entries, the limit; a dataset has at most 15 CSV files");
        }
        entryName = entry.getName();
        if (entryName.chars().anyMatch(Character::isISOControl)) {
            entryName = entryName.replaceAll("\\p{Cntrl}", "?");
            throw new Staging.BadUpload("the zip entry '" + DatasetReader.abbreviate(entryName)
                    + "' has a control character (such as NUL) in its name; entries must be plain file names");
        }
        if (!entry.isDirectory() && UploadLimits.isArchiveName(entryName)) {
            throw nested();
        }
        entryExpanded = 0;
        headLength = 0;
        entryCompressedStart = compressed.count;
        // the sizes the zip declares (often absent while streaming): refused early when they are already too much
        if (entry.getSize() > limits.maxExpandedBytes() - total) {
            throw tooLarge();
        }
        if (entry.getSize() > UploadLimits.RATIO_GRACE_BYTES
                && entry.getCompressedSize() > 0
                && entry.getSize() / entry.getCompressedSize() > UploadLimits.MAX_RATIO) {
            throw bomb(entry.getSize() / entry.getCompressedSize());
        }
        return entry;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read <= 0) {
            return read;
        }
        if (headLength < head.length) {
            int copied = Math.min(read, head.length - headLength);
            System.arraycopy(buffer, offset, head, headLength, copied);
            headLength += copied;
            if (headLength >= 4 && headLength - copied < 4 && UploadLimits.isArchiveSignature(head, headLength)) {
                throw nested();
            }
        }
        entryExpanded += read;
        total += read;
        if (total > limits.maxExpandedBytes()) {
            throw tooLarge();
        }
        long in = Math.max(1, compressed.count - entryCompressedStart);
        if (entryExpanded > UploadLimits.RATIO_GRACE_BYTES && entryExpanded / in > UploadLimits.MAX_RATIO) {
            throw bomb(entryExpanded / in);
        }
        return read;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read <= 0 ? -1 : one[0] & 0xff;
    }

    private Staging.BadUpload tooLarge() {
        return new Staging.BadUpload("the zip expands to more than " + limits.expandedLimitText() + ", the limit");
    }

    private Staging.BadUpload bomb(long ratio) {
        return new Staging.BadUpload("the zip entry '" + DatasetReader.abbreviate(entryName) + "' expands " + ratio
                + " times its compressed size; the limit is " + UploadLimits.MAX_RATIO + ":1 (a zip bomb?)");
    }

    private Staging.BadUpload nested() {
        return new Staging.BadUpload(
                "the zip entry '" + DatasetReader.abbreviate(entryName)
                        + "' is an archive; archives inside the upload are refused (the limit is one level: a zip of CSV files)");
    }

    /** Counts the compressed bytes the zip reader takes in. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += Math.max(0, skipped);
            return skipped;
        }
    }
}
