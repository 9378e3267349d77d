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
                if (args.length != 2) {
                    err.println("usage: validate <dir>   (a folder of CSV files in the import/ format)");
                    return 2;
                }
                return validate(Path.of(args[1]), out, err);
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
                          java -jar dissent-graph.jar validate <dir>  check a dataset folder (no database needed)
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

    static int validate(Path dir, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": not a folder");
            return 2;
        }
        List<InputFile> files = DatasetFiles.fromDirectory(dir);
        DatasetReader.Result result = DatasetReader.filesOnly().read(files);
        if (result.ok()) {
            out.println(dir + ": valid. Rows per file: " + result.dataset().counts());
            return 0;
        }
        result.errors().forEach(e -> err.println(e));
        err.println(result.errors().size() + " error(s) in " + dir + "; fix them and run validate again.");
        return 1;
    }
}
