package org.dissentgraph.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code generate --persons N --seed S [--force] <dir>}: writes a synthetic dataset of N persons in
 * the import format (see import/README.md) into {@code dir}, for load tests and benchmarks. The
 * same N and seed give byte-identical files; memory stays bounded, so millions of persons fit in a
 * small heap.
 */
public final class GenerateCommand {

    static final String USAGE = """
            usage: generate --persons N --seed S [--force] <dir>
              --persons N  number of persons, at least 10 (about 9 rows of other files per person)
              --seed S     any whole number (a long); the same N and seed give byte-identical files
              --force      write into a folder that is not empty, replacing its dataset files
              <dir>        the folder to write; created if missing""";

    static final int MIN_PERSONS = 10;
    static final int MAX_PERSONS = 100_000_000;
    /** Above this many persons, progress is printed every tenth of the way. */
    static final int PROGRESS_FROM = 100_000;

    private GenerateCommand() {}

    /** Runs the command; {@code args} may start with the word {@code generate}. Returns the exit code:
     *  0 written, 1 could not write, 2 bad arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(args);
        } catch (BadArguments e) {
            err.println("generate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (parsed == null) {
            out.println(USAGE);
            return 0;
        }
        Path dir = parsed.dir();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                err.println("generate: <dir> " + dir + " exists and is not a folder");
                return 2;
            }
            if (Files.isDirectory(dir) && !parsed.force() && !isEmpty(dir)) {
                err.println("generate: <dir> " + dir + " is not empty; choose an empty folder or add --force to replace"
                        + " the dataset files in it");
                return 2;
            }
            Files.createDirectories(dir);
        } catch (IOException | UncheckedIOException e) {
            err.println("generate: cannot create " + dir + ": " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "Generating %,d persons with seed %d into %s%n", parsed.persons(), parsed.seed(), dir);
        long started = System.nanoTime();
        Map<String, Long> rows;
        try {
            rows = new DatasetGenerator(parsed.persons(), parsed.seed())
                    .writeTo(dir, out, parsed.persons() >= PROGRESS_FROM);
        } catch (IOException | UncheckedIOException e) {
            err.println("generate: cannot write " + dir + ": " + e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long total = 0;
        long bytes = 0;
        out.println("Rows per file:");
        for (Map.Entry<String, Long> file : rows.entrySet()) {
            long size = dir.resolve(file.getKey()).toFile().length();
            out.printf(Locale.ROOT, "  %-16s %,13d rows %,15d bytes%n", file.getKey(), file.getValue(), size);
            total += file.getValue();
            bytes += size;
        }
        out.printf(
                Locale.ROOT,
                "Wrote %,d rows (%,d bytes) in %.1f s. Check it with: validate %s%n",
                total,
                bytes,
                seconds,
                dir);
        return 0;
    }

    /** For running without the service's command line: {@code java -cp … GenerateCommand --persons …}. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static final class BadArguments extends Exception {
        BadArguments(String message) {
            super(message);
        }
    }

    private record Arguments(int persons, long seed, boolean force, Path dir) {

        /** The arguments, or null when help was asked for. */
        static Arguments parse(String[] args) throws BadArguments {
            Integer persons = null;
            Long seed = null;
            boolean force = false;
            String dir = null;
            int start = args.length > 0 && args[0].equals("generate") ? 1 : 0;
            for (int i = start; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--help", "-h" -> {
                        return null;
                    }
                    case "--persons" -> persons = persons(value(args, ++i, arg));
                    case "--seed" -> seed = seed(value(args, ++i, arg));
                    case "--force" -> force = true;
                    default -> {
                        if (arg.startsWith("--persons=")) {
                            persons = persons(arg.substring("--persons=".length()));
                        } else if (arg.startsWith("--seed=")) {
                            seed = seed(arg.substring("--seed=".length()));
                        } else if (arg.startsWith("-")) {
                            throw new BadArguments("unknown option '" + arg + "'");
                        } else if (dir != null) {
                            throw new BadArguments("unexpected argument '" + arg + "': <dir> is already " + dir);
                        } else {
                            dir = arg;
                        }
                    }
                }
            }
            if (persons == null) {
                throw new BadArguments("--persons is required");
            }
            if (seed == null) {
                throw new BadArguments("--seed is required");
            }
            if (dir == null) {
                throw new BadArguments("<dir> is required: the folder to write");
            }
            try {
                return new Arguments(persons, seed, force, Path.of(dir));
            } catch (InvalidPathException e) {
                throw new BadArguments("<dir> '" + dir + "' is not a valid path: " + e.getMessage());
            }
        }

        private static String value(String[] args, int i, String option) throws BadArguments {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new BadArguments(option + " needs a value");
            }
            return args[i];
        }

        private static int persons(String value) throws BadArguments {
            long n;
            try {
                n = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new BadArguments("--persons '" + value + "' is not a whole number");
            }
            if (n < MIN_PERSONS || n > MAX_PERSONS) {
                throw new BadArguments(
                        "--persons " + value + " is out of range: from " + MIN_PERSONS + " to " + MAX_PERSONS);
            }
            return (int) n;
        }

        private static long seed(String value) throws BadArguments {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new BadArguments("--seed '" + value + "' is not a whole number (a long)");
            }
        }
    }
}
