package org.frontdoor.benchmarks.intake;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.management.OperatingSystemMXBean;

/**
 * The platform's CPU time by part, read from its threads: {@code jcmd <pid> Thread.print} gives every thread's name
 * and {@code cpu=} time (JDK 11 and newer), so the difference of two readings says which part of the platform spent
 * what during a block, however busy the machine was. A count of CPU milliseconds per contact does not move with the
 * load as wall times do: it is how (a) through the gateway and (b) straight to the service are compared for what each
 * costs, not only for how long each waits.
 */
final class PlatformCpu {

    private static final Pattern THREAD = Pattern.compile("^\"(.+?)\" .*?cpu=([0-9.]+)ms", Pattern.MULTILINE);

    /** Parts of the platform by thread name, in the order printed; a thread goes to the first that claims it. */
    private static final Map<String, Predicate<String>> PARTS = parts();
    private static final String TOMCAT = "services' HTTP (Tomcat threads)";
    /** Tomcat's worker threads are named for the port they serve: {@code http-nio-8081-exec-3}. */
    private static final Pattern TOMCAT_PORT = Pattern.compile("^http-nio-(\\d+)-exec-");
    /** A detail row under the Tomcat row (one per service's port); not added again into the total. */
    private static final String DETAIL = "  of which port ";

    /**
     * Not a part of the platform: this benchmark's own JVM, on the same cores. Its callers' HTTP in (a) and (b); in
     * (c), the MongoDB driver's and the Kafka producer's client side, without which the raw stack does nothing.
     * Printed under the platform's total, never added into it.
     */
    private static final String CALLERS = "this benchmark's JVM (callers; (c)'s client)";
    /** The platform's total and {@link #CALLERS} together: what the two cores spent. */
    private static final String WITH_CALLERS = "all with this benchmark's JVM";

    private PlatformCpu() {
    }

    /** Adds this JVM's own CPU time so far, as {@link #CALLERS}, to a reading of the platform's. */
    static void addCallers(Map<String, Double> reading) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean process) {
            reading.put(CALLERS, process.getProcessCpuTime() / 1e6);
        }
    }

    private static Map<String, Predicate<String>> parts() {
        Map<String, Predicate<String>> parts = new LinkedHashMap<>();
        parts.put("gateway (reactor-netty threads)", name -> name.startsWith("reactor-http"));
        parts.put(TOMCAT, name -> name.startsWith("http-nio-") && name.contains("-exec-"));
        parts.put("store (mongo-java-server threads)", name -> name.startsWith("mongo-server"));
        parts.put("outbox relays and producers", name -> name.startsWith("outbox-relay")
                || name.startsWith("kafka-producer-network-thread"));
        parts.put("services' consumers", name -> name.contains("-C-") || name.startsWith("kafka-coordinator-heartbeat"));
        parts.put("broker (KRaft broker and controller)", name -> name.contains("kafka") || name.startsWith("data-plane")
                || name.startsWith("broker-") || name.startsWith("controller") || name.contains("raft")
                || name.startsWith("quorum") || name.startsWith("group-coordinator") || name.startsWith("ExpirationReaper")
                || name.startsWith("executor-") || name.startsWith("share-coordinator"));
        parts.put("JIT compiler", name -> name.contains("CompilerThread"));
        parts.put("garbage collector", name -> name.startsWith("GC ") || name.startsWith("G1 ") || name.equals("VM Thread"));
        parts.put("other", name -> true);
        return parts;
    }

    static List<String> partNames() {
        return List.copyOf(PARTS.keySet());
    }

    /** CPU milliseconds by part, at the moment of {@code threadDump}. */
    static Map<String, Double> byPart(String threadDump) {
        Map<String, Double> spent = new LinkedHashMap<>();
        PARTS.keySet().forEach(part -> spent.put(part, 0.0));
        Matcher thread = THREAD.matcher(threadDump);
        while (thread.find()) {
            String name = thread.group(1);
            double millis = Double.parseDouble(thread.group(2));
            for (Map.Entry<String, Predicate<String>> part : PARTS.entrySet()) {
                if (part.getValue().test(name)) {
                    spent.merge(part.getKey(), millis, Double::sum);
                    Matcher port = TOMCAT_PORT.matcher(name);
                    if (part.getKey().equals(TOMCAT) && port.find()) {
                        spent.merge(DETAIL + port.group(1), millis, Double::sum);
                    }
                    break;
                }
            }
        }
        return spent;
    }

    /** {@code after - before}, part by part. A thread that ended between the two is lost; a new one counts whole. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> spent = new LinkedHashMap<>();
        after.forEach((part, millis) -> spent.put(part, Math.max(0, millis - before.getOrDefault(part, 0.0))));
        return spent;
    }

    static double total(Map<String, Double> spent) {
        return spent.entrySet().stream()
                .filter(part -> !part.getKey().startsWith(DETAIL) && !part.getKey().equals(CALLERS))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    private static double cell(String row, Map<String, Double> spent) {
        return switch (row) {
            case "all" -> total(spent);
            case WITH_CALLERS -> total(spent) + spent.getOrDefault(CALLERS, 0.0);
            default -> spent.getOrDefault(row, 0.0);
        };
    }

    /**
     * What each phase's measured blocks cost, summed over its blocks: while they ran, and until the work they caused
     * (relay, consumers) was done.
     */
    static final class Tally {

        private final Map<String, Map<String, Double>> whileRunning = new LinkedHashMap<>();
        private final Map<String, Map<String, Double>> untilSettled = new LinkedHashMap<>();
        private final Map<String, Long> wallNanos = new LinkedHashMap<>();
        private final Map<String, Integer> contacts = new LinkedHashMap<>();

        void add(String phase, Map<String, Double> running, Map<String, Double> settled, long wall, int created) {
            running.forEach((part, millis) -> whileRunning.computeIfAbsent(phase, any -> new LinkedHashMap<>())
                    .merge(part, millis, Double::sum));
            settled.forEach((part, millis) -> untilSettled.computeIfAbsent(phase, any -> new LinkedHashMap<>())
                    .merge(part, millis, Double::sum));
            wallNanos.merge(phase, wall, Long::sum);
            contacts.merge(phase, created, Integer::sum);
        }

        boolean isEmpty() {
            return contacts.isEmpty();
        }

        /** The report's table: CPU ms per contact by part, each phase while running and until settled. */
        String table() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "%-40s", "CPU ms per contact, by part"));
            contacts.keySet().forEach(phase -> text.append(String.format(Locale.ROOT, " %12s %12s",
                    "(" + phase + ") running", "(" + phase + ") +after")));
            text.append('\n');
            List<String> rows = new ArrayList<>();
            for (String part : partNames()) {
                rows.add(part);
                if (part.equals(TOMCAT)) {
                    // Only the ports whose threads worked (at least 1 ms in all): the others are idle services.
                    Map<String, Double> byPort = new java.util.TreeMap<>();
                    whileRunning.values().forEach(spent -> spent.forEach((key, millis) -> {
                        if (key.startsWith(DETAIL)) {
                            byPort.merge(key, millis, Double::sum);
                        }
                    }));
                    byPort.forEach((key, millis) -> {
                        if (millis >= 1.0) {
                            rows.add(key);
                        }
                    });
                }
            }
            rows.add("all");
            rows.add(CALLERS);
            rows.add(WITH_CALLERS);
            for (String part : rows) {
                text.append(String.format(Locale.ROOT, "%-40s", part));
                contacts.forEach((phase, count) -> {
                    double running = cell(part, whileRunning.get(phase));
                    double settled = cell(part, untilSettled.get(phase));
                    text.append(String.format(Locale.ROOT, " %12.2f %12.2f", running / count, settled / count));
                });
                text.append('\n');
            }
            text.append(String.format(Locale.ROOT, "%-40s", "cores busy while running (the platform)"));
            contacts.keySet().forEach(phase -> text.append(String.format(Locale.ROOT, " %12.2f %12s",
                    total(whileRunning.get(phase)) / (wallNanos.get(phase) / 1e6), "")));
            text.append('\n');
            return text.toString();
        }
    }
}
