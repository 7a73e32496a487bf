package org.frontdoor.benchmarks.intake;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local platform as a new user runs it: {@code java -Xmx1g -jar deploy/local-platform/target/local-platform.jar},
 * in a process of its own, on its own data directory and ten consecutive ports ({@code --port-base}). Settings for the
 * apps go in as {@code -D} system properties of that JVM, which every app's Spring environment reads (the launcher's
 * own {@code --name=value} arguments only say where everything is).
 */
final class PlatformChild implements AutoCloseable {

    private static final String READY_LINE = "Front Door is running";
    private static final Pattern STARTED_IN = Pattern.compile("Started in ([0-9.]+) s");

    private final Process process;
    private final Path output;
    private final int portBase;
    private final Duration timeToReady;

    private PlatformChild(Process process, Path output, int portBase, Duration timeToReady) {
        this.process = process;
        this.output = output;
        this.portBase = portBase;
        this.timeToReady = timeToReady;
    }

    /** Starts the launcher and waits for its "Front Door is running" summary; the time is from the process start. */
    static PlatformChild start(Path jar, Path dataDirectory, String heap, List<String> systemProperties, String name,
                               Duration patience) throws IOException, InterruptedException {
        int base = freePortBase();
        Path output = dataDirectory.resolveSibling("platform-" + name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(systemProperties);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--data=" + dataDirectory);
        command.add("--port-base=" + base);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        long deadline = started + patience.toNanos();
        while (!Files.readString(output).contains(READY_LINE)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform exited with " + process.exitValue()
                        + " before it was ready; its output is in " + output);
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("The platform was not ready within " + patience
                        + "; its output is in " + output);
            }
            Thread.sleep(50);
        }
        return new PlatformChild(process, output, base, Duration.ofNanos(System.nanoTime() - started));
    }

    long pid() {
        return process.pid();
    }

    /** From starting the process until the summary was printed (what a user waits, JVM start included). */
    Duration timeToReady() {
        return timeToReady;
    }

    /** The launcher's own "Started in X s" (from its first line of code to ready, without the JVM's start). */
    OptionalLong launcherStartupMillis() throws IOException {
        Matcher matcher = STARTED_IN.matcher(Files.readString(output));
        return matcher.find() ? OptionalLong.of(Math.round(Double.parseDouble(matcher.group(1)) * 1000))
                : OptionalLong.empty();
    }

    /** VmRSS of the platform's process, from {@code /proc/<pid>/status}, in kB (-1 where there is no /proc). */
    long residentKb() {
        try (var lines = Files.lines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst().orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    String gatewayUrl() {
        return "http://localhost:" + portBase;
    }

    String referralServiceUrl() {
        return "http://localhost:" + (portBase + 1);
    }

    String tokenUrl() {
        return "http://localhost:" + (portBase + 6) + "/oauth2/token";
    }

    String kafkaBootstrapServers() {
        return "localhost:" + (portBase + 7);
    }

    /** The URI the platform gives its services ({@code ContextProperties}): no options, so the driver's write concern. */
    String mongoUri() {
        return "mongodb://localhost:" + (portBase + 8);
    }

    Path output() {
        return output;
    }

    /** {@code jcmd <pid> <arguments>}: for a flight recording of the running platform. */
    String jcmd(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(String.valueOf(process.pid()));
        command.addAll(List.of(arguments));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String answer = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", arguments) + " failed: " + answer);
        }
        return answer;
    }

    /** {@code kill -9}: the JVM gets no chance to flush, commit or close anything. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The platform did not die within 60 s of SIGKILL");
        }
    }

    /** As Ctrl-C (SIGTERM: the shutdown hook closes every app, the broker and the store). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The first of ten consecutive ports, all free now, away from the documented ones. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 21_000 + (int) (Math.random() * 18_000);
            if (allFree(base, 10)) {
                return base;
            }
        }
        throw new IllegalStateException("No ten consecutive free ports found");
    }

    private static boolean allFree(int base, int count) {
        for (int port = base; port < base + count; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
