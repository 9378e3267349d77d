package org.dissentgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file of a dataset, from a folder, the jar or an upload: its name and a way to open it. It is
 * read as a stream, as often as a pass needs it, so a large file is never held in memory.
 */
public final class InputFile {

    /** Opens the content anew for each pass. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;
    private String sha256;

    public InputFile(String name, Opener opener) {
        this.name = name;
        this.opener = opener;
    }

    /** A small file held in memory (tests, uploads already on disk use {@link #of(Path)}). */
    public InputFile(String name, byte[] content) {
        this(name, () -> new ByteArrayInputStream(content));
    }

    public static InputFile of(Path path) {
        return new InputFile(path.getFileName().toString(), () -> Files.newInputStream(path));
    }

    public String name() {
        return name;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** SHA-256 of the content, computed once by streaming it. */
    public synchronized String sha256() {
        if (sha256 == null) {
            try (InputStream in = new DigestInputStream(open(), MessageDigest.getInstance("SHA-256"))) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                sha256 = HexFormat.of()
                        .formatHex(((DigestInputStream) in).getMessageDigest().digest());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return sha256;
    }
}
