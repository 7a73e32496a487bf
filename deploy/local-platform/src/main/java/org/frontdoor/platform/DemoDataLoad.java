package org.frontdoor.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.function.ToLongFunction;

import org.frontdoor.demodata.DemoDataSettings;
import org.frontdoor.demodata.DemoDataGenerator;
import org.frontdoor.demodata.DemoEvents;

/**
 * {@code --demo-data}: publishes one generated county year, ending yesterday, to the platform's topics — once per data
 * directory. A marker file beside the Kafka log remembers what was loaded:
 * <ul>
 *   <li>no marker: generate the year ending yesterday, mark it {@code LOADING}, publish, mark it {@code LOADED};</li>
 *   <li>{@code LOADED}: nothing to do, so a restart never doubles the history;</li>
 *   <li>{@code LOADING} (the last load stopped half-way): publish the <em>same</em> year again (its settings are in
 *       the marker, and the same settings give the same event ids), so the consumers drop what they already have.</li>
 * </ul>
 */
final class DemoDataLoad {

    static final String LOADING = "LOADING";
    static final String LOADED = "LOADED";

    /**
     * @param events   how many events were published
     * @param took     generating and publishing them
     * @param settings the year that was loaded
     */
    record Loaded(long events, Duration took, DemoDataSettings settings) {

        String summary() {
            return String.format("Demo data: %,d events of a county year (%s to %s, seed %d) published in %.1f s",
                    events, settings.firstDay(), settings.lastDay(), settings.seed(), took.toMillis() / 1000.0);
        }
    }

    private DemoDataLoad() {
    }

    /**
     * Loads the demo year unless this data directory already has it.
     *
     * @param marker  the marker file ({@link PlatformSettings#demoDataMarker()})
     * @param today   today's London date: the year ends the day before
     * @param publish sends the events to the topics, returning how many were sent
     * @return what was loaded, or empty if the data directory had it already
     */
    static Optional<Loaded> loadOnce(Path marker, LocalDate today, ToLongFunction<DemoEvents> publish) {
        Properties state = read(marker);
        if (LOADED.equals(state.getProperty("status"))) {
            return Optional.empty();
        }
        DemoDataSettings settings = state.isEmpty()
                ? DemoDataSettings.countyYearEnding(today.minusDays(1))
                : settingsIn(state);
        long started = System.nanoTime();
        write(marker, settings, LOADING, 0, Duration.ZERO);
        DemoEvents year = DemoDataGenerator.generate(settings);
        long published = publish.applyAsLong(year);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        write(marker, settings, LOADED, published, took);
        return Optional.of(new Loaded(published, took, settings));
    }

    private static DemoDataSettings settingsIn(Properties state) {
        return new DemoDataSettings(Long.parseLong(state.getProperty("seed")),
                Integer.parseInt(state.getProperty("contactsPerYear")), Integer.parseInt(state.getProperty("years")),
                LocalDate.parse(state.getProperty("lastDay")),
                Integer.parseInt(state.getProperty("undecidedWorkingDays")));
    }

    private static Properties read(Path marker) {
        Properties state = new Properties();
        if (Files.exists(marker)) {
            try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
                state.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + marker, e);
            }
        }
        return state;
    }

    private static void write(Path marker, DemoDataSettings settings, String status, long events, Duration took) {
        Properties state = new Properties();
        state.setProperty("status", status);
        state.setProperty("seed", String.valueOf(settings.seed()));
        state.setProperty("contactsPerYear", String.valueOf(settings.contactsPerYear()));
        state.setProperty("years", String.valueOf(settings.years()));
        state.setProperty("lastDay", settings.lastDay().toString());
        state.setProperty("undecidedWorkingDays", String.valueOf(settings.undecidedWorkingDays()));
        state.setProperty("events", String.valueOf(events));
        state.setProperty("milliseconds", String.valueOf(took.toMillis()));
        try {
            Files.createDirectories(marker.getParent());
            try (Writer out = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
                state.store(out, "Front Door demo data in this data directory's topics (--demo-data)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker, e);
        }
    }
}
