package org.dissentgraph;

import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.DependencyInjectionException;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.util.Optional;
import org.dissentgraph.neo4j.StartupFailure;

/**
 * Starts the service, or runs a command ({@link Commands}: validate, stats, import, generate, help).
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Dissent Graph",
                        version = "0.1",
                        description =
                                "Who criticized whom, and with what consequence: a graph of political actors, their criticisms and"
                                        + " the penalties that followed, every claim dated and sourced. Errors are RFC 9457 problem details."))
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        if (args.length > 0 && Commands.isCommand(args[0])) {
            System.exit(Commands.run(args, System.out, System.err));
        }
        try {
            Startup.checkPortSettings();
            Startup.checkHttpPortFree();
            Micronaut.build(args)
                    .mainClass(Application.class)
                    // exit code 0 here means "do not log and exit": we look for a StartupFailure below
                    .mapError(StartupFailure.class, e -> 0)
                    .mapError(BeanInstantiationException.class, e -> 0)
                    .mapError(DependencyInjectionException.class, e -> 0)
                    .start();
        } catch (RuntimeException e) {
            Optional<StartupFailure> failure = userFixable(e);
            if (failure.isEmpty()) {
                throw e;
            }
            System.err.println("Dissent Graph cannot start: " + failure.get().getMessage());
            System.exit(1);
        }
    }

    /** A problem the user can fix is reported as one message, not as a stack trace. */
    static Optional<StartupFailure> userFixable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StartupFailure failure) {
                return Optional.of(failure);
            }
        }
        return Optional.empty();
    }
}
