package org.frontdoor.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.frontdoor.demodata.DemoDataGenerator;
import org.frontdoor.demodata.DemoDataPublisher;
import org.frontdoor.demodata.DemoDataSettings;
import org.frontdoor.demodata.DemoEvents;
import org.frontdoor.outcomes.OutcomesServiceApplication;
import org.frontdoor.outcomes.eventlog.domain.EventLog;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;
import org.frontdoor.outcomes.indicators.domain.IndicatorFacts;
import org.frontdoor.outcomes.indicators.domain.IndicatorReadModel;
import org.frontdoor.outcomes.indicators.domain.IndicatorReport;
import org.frontdoor.outcomes.indicators.domain.ReportPeriod;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The outcomes-service over N generated events (default 1,000,000):
 * <ol>
 *   <li>generate a county's history (a shire county's 16,000 contacts a year, as many years as N needs, ending
 *       yesterday; the first N events in time order);</li>
 *   <li>start a KRaft broker and an in-memory mongo-java-server in this JVM, and publish the events (timed);</li>
 *   <li>start only the outcomes-service (its own main class and {@code outcomes-service.yml}; a JWT decoder for the
 *       benchmark's key instead of the identity provider) and time it from start until its consumer group has
 *       committed every event (the read model rebuilt from the log), with the peak heap of that phase;</li>
 *   <li>{@code GET /api/outcomes/indicators} for the last year of the data: warm-ups, then timed calls
 *       (p50/p95/p99/max);</li>
 *   <li>{@code POST /api/outcomes/rebuild} and the time until the replay has caught up again; the indicators are
 *       asked for again and compared with the answer before the rebuild.</li>
 * </ol>
 * Prints a plain table. System properties: {@code benchmark.events}, {@code benchmark.seed},
 * {@code benchmark.contactsPerYear}, {@code benchmark.calls}, {@code benchmark.warmups},
 * {@code benchmark.timeoutMinutes}.
 */
public final class OutcomesBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String GROUP = OutcomesServiceApplication.CONFIG_NAME;
    private static final Duration POLL = Duration.ofMillis(200);

    private final List<String[]> rows = new ArrayList<>();
    private final HeapWatch heap = new HeapWatch();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private boolean failed;

    private OutcomesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        OutcomesBenchmark benchmark = new OutcomesBenchmark();
        benchmark.run();
        System.exit(benchmark.failed ? 1 : 0);
    }

    private void run() throws Exception {
        int events = Integer.getInteger("benchmark.events", 1_000_000);
        long seed = Long.getLong("benchmark.seed", DemoDataSettings.DEFAULT_SEED);
        int contactsPerYear = Integer.getInteger("benchmark.contactsPerYear", DemoDataSettings.COUNTY_CONTACTS_PER_YEAR);
        int calls = Integer.getInteger("benchmark.calls", 50);
        int warmups = Integer.getInteger("benchmark.warmups", 5);
        Duration timeout = Duration.ofMinutes(Long.getLong("benchmark.timeoutMinutes", 120));
        LocalDate today = LocalDate.now(LONDON);

        long started = System.nanoTime();
        DemoEvents history = generate(events, seed, contactsPerYear, today.minusDays(1));
        Duration generating = since(started);
        int loaded = history.size();
        LocalDate lastEventDay = history.events().get(loaded - 1).event().occurredAt().atZone(LONDON).toLocalDate();
        LocalDate firstEventDay = history.events().get(0).event().occurredAt().atZone(LONDON).toLocalDate();
        LocalDate to = lastEventDay.plusDays(1);
        LocalDate from = to.minusYears(1);
        row("events generated", String.format("%,d", loaded), String.format("%.1f s", seconds(generating)),
                "seed " + seed + ", " + contactsPerYear + " contacts/year, "
                        + history.events().get(0).event().occurredAt().atZone(LONDON).toLocalDate() + " to "
                        + lastEventDay);

        Path work = Files.createTempDirectory("frontdoor-benchmark");
        MongoServer mongo = new MongoServer(new MemoryBackend());
        int mongoPort = InProcessKafka.freePort();
        mongo.bind("localhost", mongoPort);
        try (InProcessKafka kafka = InProcessKafka.start(work.resolve("kafka"));
             ConsumerProgress progress = new ConsumerProgress(kafka.bootstrapServers(), GROUP)) {
            started = System.nanoTime();
            long sent = DemoDataPublisher.publish(kafka.bootstrapServers(), history);
            Duration publishing = since(started);
            row("publish to Kafka", String.format("%,d", sent), String.format("%.1f s", seconds(publishing)),
                    String.format("%,.0f events/s (acks=all, idempotent, lz4)", sent / seconds(publishing)));
            history = null;

            BenchmarkToken token = new BenchmarkToken();
            int port = InProcessKafka.freePort();
            heap.reset();
            started = System.nanoTime();
            ConfigurableApplicationContext outcomes = startOutcomes(port, kafka.bootstrapServers(), mongoPort, token);
            Duration startup = since(started);
            boolean caughtUp = awaitLag(progress, lag -> lag == 0, timeout);
            Duration rebuilding = since(started);
            row("outcomes: start + read whole log", String.format("%,d", sent),
                    String.format("%.1f s", seconds(rebuilding)),
                    String.format("%,.0f events/s (%,.0f/s after the context was up in %.1f s); peak heap %s (pools)"
                                    + " / %s (sampled)%s", sent / seconds(rebuilding),
                            sent / (seconds(rebuilding) - seconds(startup)), seconds(startup), mb(heap.poolPeakBytes()),
                            mb(heap.sampledPeakBytes()), caughtUp ? "" : "; TIMED OUT"));
            failed |= !caughtUp;

            String bearer = token.bearer("benchmark", List.of("ADMIN", "PERFORMANCE_ANALYST"));
            URI indicators = URI.create("http://localhost:" + port + "/api/outcomes/indicators?from=" + from + "&to="
                    + to + "&asOf=" + today);
            String before = indicatorLatency(indicators, bearer, warmups, calls, from, to);
            awaitPrepared(outcomes, today);
            newPeriodsLatency(bearer, port, calls, from, to, today,
                    firstEventDay, lastEventDay);
            newPeriodsInProcess(outcomes, calls, from, to, today, firstEventDay, lastEventDay);
            readModelHeapAndFold(outcomes, indicators, bearer);

            heap.reset();
            BackgroundWork during = BackgroundWork.now();
            started = System.nanoTime();
            HttpResponse<String> rebuild = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/outcomes/rebuild")).header("Authorization", bearer)
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            Duration answered = since(started);
            String contention = during.since();
            boolean replayed = awaitLag(progress, lag -> lag > 0, Duration.ofSeconds(10));
            boolean replayDone = !replayed || awaitLag(progress, lag -> lag == 0, timeout);
            Duration replay = since(started);
            String after = get(indicators, bearer).body();
            row("POST /rebuild", "HTTP " + rebuild.statusCode(), String.format("%.1f s", seconds(replay)),
                    String.format("%,.0f events/s in all; answered (read model folded from the log) in %.0f ms, "
                                    + "%,.0f events/s; %s; peak heap %s (pools) / %s (sampled); indicators after = "
                                    + "before: %s; while it was answered: %s", sent / seconds(replay),
                            answered.toNanos() / 1e6, sent / seconds(answered),
                            replayed ? "replay of the log observed" : "no re-read of the log observed within 10 s",
                            mb(heap.poolPeakBytes()), mb(heap.sampledPeakBytes()),
                            before != null && before.equals(after) ? "yes" : "NO", contention));
            failed |= rebuild.statusCode() / 100 != 2 || !replayDone || before == null || !before.equals(after);
            outcomes.close();
        } finally {
            mongo.shutdownNow();
        }
        print(events, today);
    }

    /**
     * Waits for the service's background preparation of the facts as the log left them (every member's period-free
     * figures worked out), by asking for it in process: {@link IndicatorReport#prepare} does one preparation at a
     * time, so this waits for the background round if it is under way, or does it itself if it has not started. The
     * reports of new periods after it are what a report costs in the service's steady state, not beside a
     * preparation on the other core (the report right after a change is timed apart, below).
     */
    private void awaitPrepared(ConfigurableApplicationContext outcomes, LocalDate today) {
        long started = System.nanoTime();
        boolean didIt = outcomes.getBean(IndicatorReport.class).prepare(today);
        row("waited for the facts to be prepared", "", String.format("%.1f s", seconds(since(started))),
                didIt ? "prepared here (the background round had not started)"
                        : "the background round had prepared them, or was finishing");
    }

    /**
     * CPU time of the service's background preparation thread and of the garbage collector over a stretch: what ran
     * beside the request being timed.
     */
    private record BackgroundWork(long preparingNanos, long gcMillis, long gcCount, long processNanos) {

        static BackgroundWork now() {
            long gcMillis = 0;
            long gcCount = 0;
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                gcMillis += Math.max(0, gc.getCollectionTime());
                gcCount += Math.max(0, gc.getCollectionCount());
            }
            long process = ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
            return new BackgroundWork(preparingCpu(), gcMillis, gcCount, process);
        }

        String since() {
            BackgroundWork now = now();
            return String.format("background preparation CPU %.0f ms, GC %d collections %d ms (pauses), the whole "
                            + "JVM's CPU %.1f s", (now.preparingNanos - preparingNanos) / 1e6, now.gcCount - gcCount,
                    now.gcMillis - gcMillis, (now.processNanos - processNanos) / 1e9);
        }

        private static long preparingCpu() {
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long nanos = 0;
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals("outcomes-reports-ready")) {
                    nanos += Math.max(0, threads.getThreadCpuTime(thread.getId()));
                }
            }
            return nanos;
        }
    }

    private DemoEvents generate(int events, long seed, int contactsPerYear, LocalDate lastDay) {
        int years = Math.max(1, (int) Math.ceil(events / (contactsPerYear * 5.5)));
        while (true) {
            DemoEvents history = DemoDataGenerator.generate(new DemoDataSettings(seed, contactsPerYear, years, lastDay,
                    DemoDataSettings.DEFAULT_UNDECIDED_WORKING_DAYS));
            if (history.size() >= events) {
                return history.first(events);
            }
            years++;
        }
    }

    private ConfigurableApplicationContext startOutcomes(int port, String kafka, int mongoPort, BenchmarkToken token) {
        return new SpringApplicationBuilder(OutcomesServiceApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .initializers(context -> context.getBeanFactory().registerSingleton("benchmarkJwtDecoder",
                        token.decoder()))
                .run("--spring.config.name=" + OutcomesServiceApplication.CONFIG_NAME,
                        "--server.port=" + port,
                        "--spring.kafka.bootstrap-servers=" + kafka,
                        "--spring.mongodb.uri=mongodb://localhost:" + mongoPort,
                        "--spring.jmx.enabled=false",
                        "--logging.level.root=WARN");
    }

    /**
     * The same report asked again is answered from the service's kept answers while nothing changes. This asks for
     * periods never asked before, so every call computes its report from the read model (a performance officer's first
     * look at a period): each calendar year of the data, each quarter of the last two years of it, and {@code calls}
     * one-year periods each a day earlier than the last. p50/p95/p99/max per kind and over all of them.
     */
    private void newPeriodsLatency(String bearer, int port, int calls, LocalDate from, LocalDate to, LocalDate today,
                                   LocalDate firstEventDay, LocalDate lastEventDay) throws Exception {
        List<LocalDate[]> years = new ArrayList<>();
        for (int year = firstEventDay.getYear(); year <= lastEventDay.getYear(); year++) {
            years.add(new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)});
        }
        List<LocalDate[]> quarters = new ArrayList<>();
        LocalDate quarter = LocalDate.of(lastEventDay.getYear(), ((lastEventDay.getMonthValue() - 1) / 3) * 3 + 1, 1);
        for (int i = 0; i < 8; i++) {
            quarters.add(new LocalDate[] {quarter, quarter.plusMonths(3)});
            quarter = quarter.minusMonths(3);
        }
        List<LocalDate[]> shifted = new ArrayList<>();
        for (int i = 1; i <= calls; i++) {
            shifted.add(new LocalDate[] {from.minusDays(i), to.minusDays(i)});
        }
        BackgroundWork during = BackgroundWork.now();
        List<Double> all = new ArrayList<>();
        all.addAll(timePeriods("GET /indicators, each calendar year", years, bearer, port, today));
        all.addAll(timePeriods("GET /indicators, last 8 quarters", quarters, bearer, port, today));
        all.addAll(timePeriods("GET /indicators, " + calls + " shifted years", shifted, bearer, port, today));
        Collections.sort(all);
        row("GET /indicators, new periods, all", all.size() + " calls",
                String.format("p95 %.1f ms", nearestRank(all, 95)),
                String.format("p50 %.1f, p99 %.1f, max %.1f ms; every period asked for the first time; beside "
                                + "them: %s", nearestRank(all, 50), nearestRank(all, 99), all.get(all.size() - 1),
                        during.since()));
    }

    /**
     * The same kinds of new periods asked of the service's {@link IndicatorReport} in this process (no HTTP, no JSON),
     * timed as wall time and as the CPU time of the thread computing it: on a machine shared with other builds the wall
     * time of a report is mostly waiting for a core, and its CPU time is what the report itself costs. The periods are
     * new questions (a day earlier than the HTTP ones, or asked as of a day earlier), so none is a kept answer; the
     * snapshot's index already exists (no event arrived), as for the HTTP ones.
     */
    private void newPeriodsInProcess(ConfigurableApplicationContext outcomes, int calls, LocalDate from, LocalDate to,
                                     LocalDate today, LocalDate firstEventDay, LocalDate lastEventDay) {
        IndicatorReport report = outcomes.getBean(IndicatorReport.class);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LocalDate asOf = today.minusDays(1);
        List<ReportPeriod> periods = new ArrayList<>();
        for (int year = firstEventDay.getYear(); year <= lastEventDay.getYear(); year++) {
            periods.add(new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), asOf));
        }
        LocalDate quarter = LocalDate.of(lastEventDay.getYear(), ((lastEventDay.getMonthValue() - 1) / 3) * 3 + 1, 1);
        for (int i = 0; i < 8; i++) {
            periods.add(new ReportPeriod(quarter, quarter.plusMonths(3), asOf));
            quarter = quarter.minusMonths(3);
        }
        for (int i = 1; i <= calls; i++) {
            periods.add(new ReportPeriod(from.minusDays(calls + i), to.minusDays(calls + i), today));
        }
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (ReportPeriod period : periods) {
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            report.of(period);
            wall.add((System.nanoTime() - started) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6);
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        row("IndicatorReport.of, new periods (in process)", periods.size() + " calls",
                String.format("CPU p95 %.1f ms", nearestRank(cpu, 95)),
                String.format("CPU p50 %.1f, p99 %.1f, max %.1f ms; wall p50 %.1f, p95 %.1f, p99 %.1f ms; no HTTP or "
                                + "JSON, index already built", nearestRank(cpu, 50), nearestRank(cpu, 99),
                        cpu.get(cpu.size() - 1), nearestRank(wall, 50), nearestRank(wall, 95),
                        nearestRank(wall, 99)));
    }

    private List<Double> timePeriods(String phase, List<LocalDate[]> periods, String bearer, int port, LocalDate today)
            throws Exception {
        List<Double> millis = new ArrayList<>();
        int status = 200;
        for (LocalDate[] period : periods) {
            URI uri = URI.create("http://localhost:" + port + "/api/outcomes/indicators?from=" + period[0]
                    + "&to=" + period[1] + "&asOf=" + today);
            long started = System.nanoTime();
            status = get(uri, bearer).statusCode();
            millis.add((System.nanoTime() - started) / 1e6);
            if (status != 200) {
                break;
            }
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        row(phase, millis.size() + " calls", String.format("p95 %.1f ms", nearestRank(sorted, 95)),
                String.format("p50 %.1f, p99 %.1f, max %.1f ms; first call %.1f ms (%s..%s); HTTP %d",
                        nearestRank(sorted, 50), nearestRank(sorted, 99), sorted.get(sorted.size() - 1),
                        millis.get(0), periods.get(0)[0], periods.get(0)[1], status));
        failed |= status != 200;
        return millis;
    }

    /**
     * The service's own share of the heap, as far as it grows with the history: the indicators' read model. The
     * broker, the store and the service share this JVM, so the read model is measured by difference: the heap in use
     * after a full GC with the read model loaded, then emptied (folded from an empty log, and one report asked so the
     * report's kept answers let go of the old facts), the difference being what the read model, its facts and their
     * indexes retain. It is then folded again from the store (timed: the read of the log from the store, and the fold,
     * the read alone timed first), and the first report after it timed (the facts taken together and indexed).
     */
    private void readModelHeapAndFold(ConfigurableApplicationContext outcomes, URI indicators, String bearer)
            throws Exception {
        IndicatorReadModel readModel = outcomes.getBean(IndicatorReadModel.class);
        EventLog eventLog = outcomes.getBean(EventLog.class);
        long folded = readModel.size();
        long loaded = usedAfterGc();
        readModel.rebuildFrom(new EventLog() {
            @Override
            public boolean append(LoggedEvent event) {
                return false;
            }

            @Override
            public List<LoggedEvent> eventsOfTypes(Set<String> types) {
                return List.of();
            }

            @Override
            public void forEachOfTypes(Set<String> types, Consumer<LoggedEvent> consumer) {
            }
        });
        int status = get(indicators, bearer).statusCode();
        long empty = usedAfterGc();
        row("read model: heap retained", String.format("%,d", folded), mb(loaded - empty),
                String.format("heap in use after GC with the read model %s, emptied %s (the rest: broker, store, "
                        + "Spring context); %,d bytes/event; HTTP %d", mb(loaded), mb(empty),
                        (loaded - empty) / Math.max(1, folded), status));
        long[] read = {0};
        long started = System.nanoTime();
        eventLog.forEachOfTypes(IndicatorFacts.EVENT_TYPES, event -> read[0]++);
        Duration reading = since(started);
        BackgroundWork during = BackgroundWork.now();
        started = System.nanoTime();
        readModel.rebuildFrom(eventLog);
        Duration folding = since(started);
        String beside = during.since();
        started = System.nanoTime();
        status = get(indicators, bearer).statusCode();
        Duration firstReport = since(started);
        row("read model: fold from the store", String.format("%,d", readModel.size()),
                String.format("%.1f s", seconds(folding)),
                String.format("%,.0f events/s (the store's read and JSON alone, just before: %,d events in %.1f s, "
                                + "%,.0f/s); first report after it %.0f ms (every aggregate derived, taken together and"
                                + " indexed); HTTP %d; while it folded: %s",
                        readModel.size() / seconds(folding), read[0], seconds(reading), read[0] / seconds(reading),
                        firstReport.toNanos() / 1e6, status, beside));
        failed |= status != 200 || readModel.size() != folded;
        oneNewEvent(readModel, eventLog, indicators, bearer);
    }

    /**
     * What a report costs right after one event arrives (the service's steady state): a decision already logged is told
     * again under a new event id (its decision id makes it change no figure, but the read model takes its facts
     * together again and the report indexes them again), then a report is asked.
     */
    private void oneNewEvent(IndicatorReadModel readModel, EventLog eventLog, URI indicators, String bearer)
            throws Exception {
        LoggedEvent[] decision = new LoggedEvent[1];
        eventLog.forEachOfTypes(Set.of(org.frontdoor.contracts.triage.TriageDecisionMade.TYPE), event -> {
            if (decision[0] == null) {
                decision[0] = event;
            }
        });
        List<Double> millis = new ArrayList<>();
        List<Double> snapshots = new ArrayList<>();
        int status = 200;
        for (int i = 0; i < 5 && decision[0] != null; i++) {
            LoggedEvent again = decision[0];
            readModel.apply(new LoggedEvent("benchmark-again-" + i, again.type(), again.source(), again.subject(),
                    again.time(), again.payload()));
            long started = System.nanoTime();
            readModel.facts();
            snapshots.add((System.nanoTime() - started) / 1e6);
            started = System.nanoTime();
            status = get(indicators, bearer).statusCode();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        Collections.sort(snapshots);
        row("report after one new event", millis.size() + " calls",
                String.format("p50 %.0f ms", nearestRank(millis, 50)),
                String.format("max %.0f ms: the snapshot's index built again and the report (the snapshot itself, "
                                + "taken together first: p50 %.0f, max %.0f ms); HTTP %d",
                        millis.get(millis.size() - 1), nearestRank(snapshots, 50),
                        snapshots.get(snapshots.size() - 1), status));
        failed |= status != 200;
        List<Double> settled = new ArrayList<>();
        for (int i = 0; i < 3 && decision[0] != null; i++) {
            LoggedEvent again = decision[0];
            readModel.apply(new LoggedEvent("benchmark-settled-" + i, again.type(), again.source(),
                    again.subject(), again.time(), again.payload()));
            Thread.sleep(SETTLE.toMillis());
            long started = System.nanoTime();
            status = get(indicators, bearer).statusCode();
            settled.add((System.nanoTime() - started) / 1e6);
        }
        if (!settled.isEmpty()) {
            Collections.sort(settled);
            row("report " + SETTLE.toSeconds() + " s after one new event", settled.size() + " calls",
                    String.format("p50 %.0f ms", nearestRank(settled, 50)),
                    String.format("max %.0f ms: the service had prepared the new snapshot in the background "
                            + "(outcomes.reports.prepare-every, 10 s); the report computed again over it; HTTP %d",
                            settled.get(settled.size() - 1), status));
            failed |= status != 200;
        }
    }

    /** Longer than the service's background preparation interval (10 s) plus the preparation itself. */
    private static final Duration SETTLE = Duration.ofSeconds(Long.getLong("benchmark.settleSeconds", 25));

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Warm-ups, then timed calls; returns the last answer's body (null if a call failed). */
    private String indicatorLatency(URI indicators, String bearer, int warmups, int calls, LocalDate from,
                                    LocalDate to) throws Exception {
        HttpResponse<String> response = null;
        for (int i = 0; i < warmups; i++) {
            response = get(indicators, bearer);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long started = System.nanoTime();
            response = get(indicators, bearer);
            millis.add((System.nanoTime() - started) / 1e6);
            if (response.statusCode() != 200) {
                break;
            }
        }
        Collections.sort(millis);
        boolean ok = response != null && response.statusCode() == 200;
        row("GET /indicators " + from + ".." + to, calls + " calls", String.format("p95 %.1f ms", nearestRank(millis, 95)),
                String.format("p50 %.1f, p99 %.1f, max %.1f ms after %d warm-ups; HTTP %s, %,d bytes",
                        nearestRank(millis, 50), nearestRank(millis, 99), millis.get(millis.size() - 1), warmups,
                        response == null ? "-" : response.statusCode(), response == null ? 0 : response.body().length()));
        if (!ok) {
            failed = true;
            System.err.println("GET " + indicators + " answered " + (response == null ? "nothing" : response.statusCode()
                    + ": " + response.body()));
            return null;
        }
        return response.body();
    }

    private HttpResponse<String> get(URI uri, String bearer) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", bearer)
                .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean awaitLag(ConsumerProgress progress, java.util.function.LongPredicate wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            heap.sample();
            if (wanted.test(progress.lag())) {
                return true;
            }
            Thread.sleep(POLL.toMillis());
        }
        return false;
    }

    private static double nearestRank(List<Double> sorted, int percentile) {
        int rank = (int) Math.ceil(percentile * sorted.size() / 100.0);
        return sorted.get(Math.max(0, rank - 1));
    }

    private void row(String phase, String count, String time, String notes) {
        rows.add(new String[] {phase, count, time, notes});
        System.out.println("[benchmark] " + String.join(" | ", phase, count, time, notes));
    }

    private void print(int events, LocalDate today) {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nFront Door outcomes benchmark, %s: N = %,d events; %d CPUs, max heap %s, Java %s, %s %s%n%n",
                today, events, runtime.availableProcessors(), mb(runtime.maxMemory()),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch")));
        int[] widths = {34, 12, 12};
        table.append(String.format("%-34s %12s %12s  %s%n", "phase", "count", "time", "notes"));
        table.append("-".repeat(110)).append('\n');
        for (String[] row : rows) {
            table.append(String.format("%-" + widths[0] + "s %" + widths[1] + "s %" + widths[2] + "s  %s%n",
                    row[0], row[1], row[2], row[3]));
        }
        table.append(String.format("%nJVM uptime %.0f s. Peak heap: the heap pools' peak usage, reset at the start of"
                + " the phase (all of this JVM: broker, store and service).%n",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
        System.out.println(table);
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String mb(long bytes) {
        return String.format("%,d MB", bytes / (1024 * 1024));
    }
}
