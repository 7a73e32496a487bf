package org.frontdoor.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local platform as a person runs it: its own JVM ({@code LocalPlatformApplication}, the launcher's
 * {@code main}) on its own data directory and ports, which a test can {@code kill -9} and start again.
 */
final class PlatformProcess implements AutoCloseable {

    /** Alone on 2 cores it starts in 30-60 s; a machine shared with other builds has taken over 3 minutes. */
    private static final Duration STARTUP_PATIENCE = Duration.ofMinutes(8);
    private static final String READY_LINE = "Front Door is running";

    private final Path dataDirectory;
    private final Ports ports;
    private final Path output;
    private final Process process;
    private final Duration startupTime;

    private PlatformProcess(Path dataDirectory, Ports ports, Path output, Process process, Duration startupTime) {
        this.dataDirectory = dataDirectory;
        this.ports = ports;
        this.output = output;
        this.process = process;
        this.startupTime = startupTime;
    }

    /** Starts the launcher on {@code dataDirectory} with nine free consecutive ports and waits until it is ready. */
    static PlatformProcess start(Path dataDirectory, String name) throws IOException, InterruptedException {
        int base = freePortBase();
        Ports ports = Ports.startingAt(base);
        Path output = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-" + name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-cp");
        command.add(testClassPath());
        command.add(LocalPlatformApplication.class.getName());
        command.add("--data=" + dataDirectory);
        command.add("--port-base=" + base);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        long deadline = started + STARTUP_PATIENCE.toNanos();
        while (!Files.readString(output).contains(READY_LINE)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform exited with " + process.exitValue()
                        + " before it was ready; its output is in " + output);
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("The platform was not ready within " + STARTUP_PATIENCE
                        + "; its output is in " + output);
            }
            Thread.sleep(200);
        }
        return new PlatformProcess(dataDirectory, ports, output, process,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** {@code kill -9}: the JVM gets no chance to flush, commit or close anything. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The platform did not die within 30 s of SIGKILL");
        }
    }

    String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    String issuerUrl() {
        return "http://localhost:" + ports.identity();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    Duration startupTime() {
        return startupTime;
    }

    Path output() {
        return output;
    }

    /** Stops it as Ctrl-C does (SIGTERM: the shutdown hook closes every app, the broker and the store). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Surefire hands the test classpath to the forked JVM in this property; the launcher's classpath is within it. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** The first of nine consecutive ports, all free now, well away from the documented ones. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20_000 + (int) (Math.random() * 20_000);
            if (allFree(base, 9)) {
                return base;
            }
        }
        throw new IllegalStateException("No nine consecutive free ports found");
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
