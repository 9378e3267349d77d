package org.dissentgraph;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.dissentgraph.generate.GenerateCommand;
import org.dissentgraph.ingest.Cli;

/**
 * The commands of {@code java -jar dissent-graph.jar <command>}, dispatched here at the entry
 * point so that the features they run ({@code ingest}, {@code generate}) know nothing of each other.
 */
public final class Commands {

    private static final Set<String> COMMANDS = Set.of("validate", "stats", "import", "generate", "help", "--help");

    private Commands() {}

    static boolean isCommand(String arg) {
        return COMMANDS.contains(arg);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        switch (args[0]) {
            case "validate" -> {
                boolean strict = args.length == 3 && args[1].equals("--strict");
                if (args.length != 2 && !strict) {
                    err.println("usage: validate [--strict] <dir>   (a folder of CSV files in the import/ format;"
                            + " --strict: warnings count as errors)");
                    return 2;
                }
                return Cli.validate(Path.of(args[args.length - 1]), strict, out, err);
            }
            case "import" -> {
                return Cli.importDataset(args, out, err);
            }
            case "generate" -> {
                return GenerateCommand.run(args, out, err);
            }
            case "stats" -> {
                if (args.length != 2) {
                    err.println("usage: stats <dir>   (counts of what the dataset becomes in the graph)");
                    return 2;
                }
                return Cli.stats(Path.of(args[1]), out, err);
            }
            default -> {
                out.println("""
                        usage:
                          java -jar dissent-graph.jar                 start the service
                          java -jar dissent-graph.jar validate [--strict] <dir>  check a dataset folder (no database needed)
                          java -jar dissent-graph.jar stats <dir>     nodes per label, relationships per type, claims per confidence
                          java -jar dissent-graph.jar import [--strict] [--fresh] <dir> [--dataset NAME]   load a dataset (validated first; all or nothing; --strict: warnings block it too; --fresh: a new local store, offline importer)
                          java -jar dissent-graph.jar generate --persons N --seed S <dir>   write a synthetic dataset""");
                return 0;
            }
        }
    }
}
