package org.dissentgraph.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The dataset commands of {@code java -jar dissent-graph.jar}: validate, stats, import (dispatched by {@code Commands}). */
public final class Cli {

    private Cli() {}

    /** {@code import [--strict] [--fresh] <dir> [--dataset NAME]}, with the process's environment. */
    public static int importDataset(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new java.util.ArrayList<>(List.of(args).subList(1, args.length));
        boolean strict = rest.remove("--strict");
        boolean fresh = rest.remove("--fresh");
        if (rest.size() != 1 && !(rest.size() == 3 && rest.get(1).equals("--dataset"))) {
            err.println(
                    "usage: import [--strict] [--fresh] <dir> [--dataset NAME]   (see the README: over NEO4J_URI, the"
                            + " running service, or the local store; --strict: consistency warnings count as errors, nothing is"
                            + " written; --fresh: a new in-process store holding only this dataset, written by Neo4j's offline"
                            + " importer)");
            return 2;
        }
        return new ImportCommand(System.getenv(), out, err)
                .run(Path.of(rest.get(0)), rest.size() == 3 ? rest.get(2) : null, strict, fresh);
    }

    /** {@code stats <dir>}: counts of what the dataset becomes in the graph. */
    public static int stats(Path dir, PrintStream out, PrintStream err) {
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

    /** {@code validate [--strict] <dir>}: checks a dataset folder; no database needed. */
    public static int validate(Path dir, boolean strict, PrintStream out, PrintStream err) {
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
    public static String warning(ValidationError w) {
        String text = w.toString();
        int colon = text.indexOf(": ");
        return text.substring(0, colon) + ": warning: " + text.substring(colon + 2);
    }
}
