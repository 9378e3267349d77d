package org.dissentgraph.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Starts a second JVM and watches what it prints, for tests that need a process of their own. */
public final class Processes {

    private Processes() {}

    /** A running process and every line it printed so far (stdout and stderr merged). */
    public record Running(Process process, List<String> lines) implements AutoCloseable {

        /** Waits until a line matches, or fails naming what was printed. */
        public String await(Predicate<String> wanted, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                synchronized (lines) {
                    for (String line : lines) {
                        if (wanted.test(line)) {
                            return line;
                        }
                    }
                }
                if (!process.isAlive()) {
                    break;
                }
                sleep(100);
            }
            throw new AssertionError("Expected line not printed within " + timeout + " (alive: " + process.isAlive()
                    + "). Output:\n" + output());
        }

        public String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        public int awaitExit(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("Process still running after " + timeout + ". Output:\n" + output());
            }
            sleep(200); // let the reader drain
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The JIT flags of the processes a test starts ({@code it.jit} in the pom: C1 only in the suite,
     * none in the benchmark profiles, which measure the steady state).
     */
    private static List<String> jitFlags() {
        String flags = System.getProperty("dissent.test.jit", "").strip();
        return flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
    }

    /** {@code java} with the test JIT flags, then {@code args}. */
    public static List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jitFlags());
        command.addAll(List.of(args));
        return command;
    }

    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static Running start(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment()
                .keySet()
                .removeIf(k -> k.startsWith("NEO4J_") || k.startsWith("DISSENT_") || k.startsWith("MICRONAUT_"));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            return new Running(process, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
