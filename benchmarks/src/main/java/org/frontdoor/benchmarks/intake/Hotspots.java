package org.frontdoor.benchmarks.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the platform's CPU time went during a flight recording: the {@code jdk.ExecutionSample} events (what
 * {@code jfr print --events jdk.ExecutionSample} prints) summarised
 * <ul>
 *   <li>by part: each sample goes to the innermost frame (nearest the top) that is not the JDK's own
 *       ({@code java.}, {@code jdk.}, {@code sun.}…), named by the library it belongs to; the shares add up to 100%;</li>
 *   <li>by the innermost Front Door frame on the stack (which of the platform's own code led there);</li>
 *   <li>by top frame (the method on the CPU) and by thread;</li>
 * </ul>
 * plus the GC pauses. JFR keeps 64 frames of a stack, so a deep stack's outer frames are missing.
 */
public final class Hotspots {

    /** Parts of the stack, by class name prefix, in the order printed. */
    private static final Map<String, List<String>> PARTS = parts();

    private Hotspots() {
    }

    private static Map<String, List<String>> parts() {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        parts.put("H2 MVStore (the store's file)", List.of("org.h2."));
        parts.put("mongo-java-server (wire store)", List.of("de.bwaldvogel."));
        parts.put("MongoDB driver + BSON", List.of("com.mongodb.", "org.bson."));
        parts.put("Spring Data MongoDB mapping", List.of("org.springframework.data."));
        parts.put("Kafka (broker and clients)", List.of("org.apache.kafka.", "kafka."));
        parts.put("Jackson (JSON)", List.of("tools.jackson.", "com.fasterxml.jackson."));
        parts.put("Netty (gateway, store wire)", List.of("io.netty."));
        parts.put("Reactor / Spring Cloud Gateway", List.of("reactor.", "org.springframework.cloud.gateway."));
        parts.put("Tomcat (services' HTTP)", List.of("org.apache.catalina.", "org.apache.coyote.",
                "org.apache.tomcat."));
        parts.put("BCrypt / Spring Security crypto", List.of("org.springframework.security.crypto."));
        parts.put("Spring Security", List.of("org.springframework.security."));
        parts.put("JWT (Nimbus JOSE)", List.of("com.nimbusds."));
        parts.put("Logging (logback, slf4j)", List.of("ch.qos.logback.", "org.slf4j."));
        parts.put("Micrometer / tracing", List.of("io.micrometer.", "brave."));
        parts.put("Bean validation", List.of("org.hibernate.validator."));
        parts.put("Front Door's own code", List.of("org.frontdoor."));
        parts.put("Spring (other)", List.of("org.springframework."));
        return parts;
    }

    /** {@code java -cp benchmarks/target/classes org.frontdoor.benchmarks.intake.Hotspots <recording.jfr> [top]}. */
    public static void main(String[] args) throws IOException {
        System.out.print(summarise(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 20));
    }

    static String summarise(Path recording, int top) throws IOException {
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> partSamples = new HashMap<>();
        Map<String, Integer> ownCode = new HashMap<>();
        int samples = 0;
        int gcs = 0;
        Duration gcPause = Duration.ZERO;
        Duration longestGc = Duration.ZERO;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcs++;
                Duration pause = event.getDuration("sumOfPauses");
                gcPause = gcPause.plus(pause);
                if (pause.compareTo(longestGc) > 0) {
                    longestGc = pause;
                }
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            RecordedFrame first = stack.getFrames().get(0);
            topFrames.merge(first.getMethod().getType().getName() + "." + first.getMethod().getName(), 1,
                    Integer::sum);
            String thread = event.getThread("sampledThread") == null ? "?"
                    : event.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("[0-9]+", "#"), 1, Integer::sum);
            String part = null;
            String own = null;
            for (RecordedFrame frame : stack.getFrames()) {
                String className = frame.getMethod().getType().getName();
                if (part == null && !isJdk(className)) {
                    part = partOf(className);
                }
                if (own == null && className.startsWith("org.frontdoor.")) {
                    own = className.substring(className.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
                }
            }
            partSamples.merge(part == null ? "JDK only (no library frame in the 64 kept)" : part, 1, Integer::sum);
            ownCode.merge(own == null ? "(no Front Door frame)" : own, 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "  %,d execution samples; %d GCs, %,d ms paused in all, longest %d ms%n",
                samples, gcs, gcPause.toMillis(), longestGc.toMillis()));
        int total = Math.max(1, samples);
        text.append("  by part (the innermost frame that is not the JDK's):\n");
        appendTop(text, partSamples, total, top);
        text.append("  by the innermost Front Door frame on the stack:\n");
        appendTop(text, ownCode, total, top);
        text.append("  top frames (the method on the CPU):\n");
        appendTop(text, topFrames, total, top);
        text.append("  threads (digits as #):\n");
        appendTop(text, threads, total, top);
        return text.toString();
    }

    private static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("com.sun.");
    }

    /** The named part a class belongs to, or its first three package names. */
    private static String partOf(String className) {
        for (Map.Entry<String, List<String>> part : PARTS.entrySet()) {
            if (part.getValue().stream().anyMatch(className::startsWith)) {
                return part.getKey();
            }
        }
        String[] names = className.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(names, Math.min(3, names.length - 1)));
    }

    private static void appendTop(StringBuilder text, Map<String, Integer> counts, int total, int top) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(entry -> text.append(String.format(Locale.ROOT, "    %5.1f%%  %s%n",
                        100.0 * entry.getValue() / total, entry.getKey())));
    }
}
