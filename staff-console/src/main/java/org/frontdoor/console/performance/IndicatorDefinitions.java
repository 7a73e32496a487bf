package org.frontdoor.console.performance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What each indicator counts, in words, beside its figure: {@code performance/indicators.properties}, keyed by the
 * code the scorecard names it with (outcomes-service's scorecard gives a name but no definition; docs/indicators.md
 * is the exact rule). A family's results ({@code W1.area.happy}) take the family's definition ({@code W1.area.}).
 * Also which part of the scorecard an indicator belongs to, in the order of docs/indicators.md.
 */
final class IndicatorDefinitions {

    static final String NOT_DEFINED = "The console has no definition of this indicator yet: see docs/indicators.md.";

    /** The scorecard's parts, by the start of the code, in order; the first that matches wins. */
    private static final List<Map.Entry<String, String>> SECTIONS = List.of(
            Map.entry("V1", "Volumes"),
            Map.entry("A1", "No further action"),
            Map.entry("T", "Timeliness"),
            Map.entry("A2", "Referrals to CAMHS"),
            Map.entry("E", "Early help and social care"),
            Map.entry("W", "Webstar"),
            Map.entry("F", "Webstar"),
            Map.entry("S1", "Family programme"),
            Map.entry("L1", "Effectiveness judged at closure"));
    static final String OTHER_SECTION = "Other indicators";

    private final Map<String, String> definitions;

    private IndicatorDefinitions(Map<String, String> definitions) {
        this.definitions = Map.copyOf(definitions);
    }

    static IndicatorDefinitions load() {
        try (InputStream in = IndicatorDefinitions.class.getResourceAsStream("/performance/indicators.properties")) {
            if (in == null) {
                throw new IllegalStateException("performance/indicators.properties is missing");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return new IndicatorDefinitions(properties.stringPropertyNames().stream()
                    .collect(Collectors.toMap(key -> key, properties::getProperty)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The definition of a result's code: its own, else its family's (the longest code ending in a dot it starts with). */
    Optional<String> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String exact = definitions.get(code);
        if (exact != null) {
            return Optional.of(exact);
        }
        return definitions.keySet().stream()
                .filter(family -> family.endsWith(".") && code.startsWith(family) && code.length() > family.length())
                .max((a, b) -> Integer.compare(a.length(), b.length()))
                .map(definitions::get);
    }

    /** What the page shows: the definition, or that the console has none (never an empty cell). */
    String wordsFor(String code) {
        return of(code).orElse(NOT_DEFINED);
    }

    static String sectionOf(String code) {
        if (code == null) {
            return OTHER_SECTION;
        }
        return SECTIONS.stream().filter(section -> code.startsWith(section.getKey())).findFirst()
                .map(Map.Entry::getValue).orElse(OTHER_SECTION);
    }

    static List<String> sectionOrder() {
        List<String> names = new java.util.ArrayList<>(SECTIONS.stream().map(Map.Entry::getValue).distinct().toList());
        names.add(OTHER_SECTION);
        return List.copyOf(names);
    }
}
