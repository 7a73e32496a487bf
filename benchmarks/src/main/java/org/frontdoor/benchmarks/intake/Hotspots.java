package org.frontdoor.benchmarks.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the platform's CPU time went during a flight recording: the {@code jdk.ExecutionSample} events (what
 * {@code jfr print --events jdk.ExecutionSample} prints) summarised by top frame, by thread and by the part of the
 * stack a sample's frames fall in (a sample counts for every part it passes through, so those shares add up to more
 * than 100%; stacks deeper than JFR's 64 frames are cut, so they are lower bounds). Plus the GC pauses.
 */
final class Hotspots {

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
        parts.put("Spring Security", List.of("org.springframework.security."));
        parts.put("JWT (Nimbus JOSE)", List.of("com.nimbusds."));
        parts.put("Logging (logback, slf4j)", List.of("ch.qos.logback.", "org.slf4j."));
        parts.put("Micrometer / tracing", List.of("io.micrometer.", "brave."));
        parts.put("Bean validation", List.of("org.hibernate.validator."));
        parts.put("Front Door's own code", List.of("org.frontdoor."));
        return parts;
    }

    static String summarise(Path recording, int top) throws IOException {
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> partSamples = new LinkedHashMap<>();
        PARTS.keySet().forEach(part -> partSamples.put(part, 0));
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
            Set<String> passed = new LinkedHashSet<>();
            for (RecordedFrame frame : stack.getFrames()) {
                String className = frame.getMethod().getType().getName();
                PARTS.forEach((part, prefixes) -> {
                    if (prefixes.stream().anyMatch(className::startsWith)) {
                        passed.add(part);
                    }
                });
            }
            passed.forEach(part -> partSamples.merge(part, 1, Integer::sum));
        }
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "  %,d execution samples; %d GCs, %,d ms paused in all, longest %d ms%n",
                samples, gcs, gcPause.toMillis(), longestGc.toMillis()));
        text.append("  samples passing through (a sample counts for each part on its stack):\n");
        int total = Math.max(1, samples);
        partSamples.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(part -> text.append(String.format(Locale.ROOT, "    %5.1f%%  %s%n",
                        100.0 * part.getValue() / total, part.getKey())));
        text.append("  top frames (the method on the CPU):\n");
        appendTop(text, topFrames, total, top);
        text.append("  threads (digits as #):\n");
        appendTop(text, threads, total, top);
        return text.toString();
    }

    private static void appendTop(StringBuilder text, Map<String, Integer> counts, int total, int top) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(entry -> text.append(String.format(Locale.ROOT, "    %5.1f%%  %s%n",
                        100.0 * entry.getValue() / total, entry.getKey())));
    }
}
