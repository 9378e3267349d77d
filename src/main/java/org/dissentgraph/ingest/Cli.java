package org.dissentgraph.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The commands of {@code java -jar dissent-graph.jar <command>}. */
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("validate", "stats", "import", "generate", "help", "--help");

    private Cli() {}

    public static boolean isCommand(String arg) {
        return COMMANDS.contains(arg);
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        switch (args[0]) {
            case "validate" -> {
                boolean strict = args.length == 3 && args[1].equals("--strict");
                if (args.length != 2 && !strict) {
                    err.println("usage: validate [--strict] <dir>   (a folder of CSV files in the import/ format;"
                            + " --strict: warnings count as errors)");
                    return 2;
                }
                return validate(Path.of(args[args.length - 1]), strict, out, err);
            }
            case "import" -> {
                if (args.length != 2 && !(args.length == 4 && args[2].equals("--dataset"))) {
                    err.println(
                            "usage: import <dir> [--dataset NAME]   (see the README: over NEO4J_URI, the running service, or the local store)");
                    return 2;
                }
                return new ImportCommand(System.getenv(), out, err)
                        .run(Path.of(args[1]), args.length == 4 ? args[3] : null);
            }
            case "generate" -> {
                return org.dissentgraph.generate.GenerateCommand.run(args, out, err);
            }
            case "stats" -> {
                if (args.length != 2) {
                    err.println("usage: stats <dir>   (counts of what the dataset becomes in the graph)");
                    return 2;
                }
                return stats(Path.of(args[1]), out, err);
            }
            default -> {
                out.println("""
                        usage:
                          java -jar dissent-graph.jar                 start the service
                          java -jar dissent-graph.jar validate [--strict] <dir>  check a dataset folder (no database needed)
                          java -jar dissent-graph.jar stats <dir>     nodes per label, relationships per type, claims per confidence
                          java -jar dissent-graph.jar import <dir> [--dataset NAME]   load a dataset (validated first; all or nothing)
                          java -jar dissent-graph.jar generate --persons N --seed S <dir>   write a synthetic dataset""");
                return 0;
            }
        }
    }

    static int stats(Path dir, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": not a folder");
            return 2;
        }
        DatasetReader.Result result = DatasetReader.filesOnly().read(DatasetFiles.fromDirectory(dir));
        if (!result.ok()) {
            result.errors().forEach(e -> err.println(e));
            err.println(result.errors().size() + " error(s) in " + dir + "; run validate for details.");
            return 1;
        }
        out.print(DatasetStats.of(result.dataset()).markdown());
        return 0;
    }

    static int validate(Path dir, boolean strict, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": not a folder");
            return 2;
        }
        List<InputFile> files = DatasetFiles.fromDirectory(dir);
        DatasetReader.Result read = DatasetReader.filesOnly().read(files);
        DatasetReader.Result result = strict ? read.strict() : read;
        result.warnings().forEach(w -> err.println(warning(w)));
        if (result.ok()) {
            out.println(dir + ": valid"
                    + (result.warnings().isEmpty()
                            ? ""
                            : " with " + result.warnings().size()
                                    + " warning(s) (validate --strict counts them as errors)")
                    + ". Rows per file: " + result.dataset().counts());
            return 0;
        }
        result.errors().forEach(e -> err.println(e));
        err.println(result.errors().size() + " error(s)"
                + (result.warnings().isEmpty()
                        ? ""
                        : " and " + result.warnings().size() + " warning(s)") + " in "
                + dir + "; fix them and run validate again.");
        return 1;
    }

    /** A warning as printed: {@code file:line [column]: warning: message}. */
    static String warning(ValidationError w) {
        String text = w.toString();
        int colon = text.indexOf(": ");
        return text.substring(0, colon) + ": warning: " + text.substring(colon + 2);
    }
}
