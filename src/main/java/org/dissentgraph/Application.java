package org.dissentgraph;

import io.micronaut.runtime.Micronaut;
import org.dissentgraph.ingest.Cli;
import org.dissentgraph.neo4j.StartupFailure;

/**
 * Starts the service, or runs a command: {@code validate <dir>}.
 */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args));
        }
        try {
            Startup.checkHttpPortFree();
            Micronaut.build(args)
                    .mainClass(Application.class)
                    .mapError(StartupFailure.class, Application::fail)
                    .start();
        } catch (StartupFailure e) {
            System.exit(fail(e));
        }
    }

    private static int fail(StartupFailure e) {
        System.err.println("Dissent Graph cannot start: " + e.getMessage());
        return 1;
    }
}
