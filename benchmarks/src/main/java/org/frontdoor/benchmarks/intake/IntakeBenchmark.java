package org.frontdoor.benchmarks.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * Issue 13 ("Speed"), item 1: how fast a contact gets in, through the gateway and straight to referral-service, beside
 * what the store and the broker can take at all, and how soon a referral reaches the triage queue. One run:
 *
 * <ol>
 *   <li>starts the local platform as a new user does (the README's {@code java -XX:SharedArchiveFile=... -jar
 *       .../platform/local-platform.jar}, with {@code -Xmx1g}, a child process, a
 *       fresh data directory), with the gateway's per-caller limit raised for the load by configuration alone
 *       ({@code -Dfrontdoor.gateway.api-requests-per-second}/{@code api-burst} on the platform's JVM), and checks that
 *       the raised limit reached the gateway;</li>
 *   <li>warms up, then runs blocks in turn: (a) {@code POST /api/referrals} through the gateway, (b) the same straight
 *       to referral-service, (c) the same documents and events written by one process to the same store and broker
 *       ({@link RawIntake}); again (a), (b), (c)… so drift of the machine hits every phase; then (a) and (b) one
 *       caller at a time;</li>
 *   <li>costs every measured block by CPU, from a quiet platform: the platform's threads by part and this JVM's own
 *       ({@link PlatformCpu}), so (c)'s cost is the floor under (a) and (b) on the same cores;</li>
 *   <li>times referral → triage queue for every contact of (a) and (b) ({@link TriageQueueWatch});</li>
 *   <li>records the platform's RSS at ready and after the load; a flight recording of one more (a) block, not
 *       counted in the figures ({@link Hotspots});</li>
 *   <li>{@code kill -9}s the platform and times its restart on the same data.</li>
 * </ol>
 *
 * Settings are system properties {@code benchmark.intake.*}; see benchmarks/INTAKE.md.
 */
public final class IntakeBenchmark {

    private IntakeBenchmark() {
    }

    private static String setting(String name, String fallback) {
        return System.getProperty("benchmark.intake." + name, fallback);
    }

    private static int intSetting(String name, int fallback) {
        return Integer.parseInt(setting(name, String.valueOf(fallback)));
    }

    public static void main(String[] args) throws Exception {
        // As the README starts it: the jar the build extracted, with the class-data archive the build trained for it
        // (an empty classDataArchive starts without one; platformJar=.../target/local-platform.jar is the fat jar)
        Path jar = Path.of(setting("platformJar", "deploy/local-platform/target/platform/local-platform.jar"))
                .toAbsolutePath();
        String classDataArchive = setting("classDataArchive", "deploy/local-platform/target/platform/platform.jsa")
                .trim();
        Path work = Path.of(setting("workDirectory", "target/intake-benchmark")).toAbsolutePath();
        int threads = intSetting("threads", 8);
        int contacts = intSetting("contacts", 250);
        int blocks = intSetting("blocks", 2);
        int warmups = intSetting("warmups", 50);
        int serial = intSetting("serialContacts", 40);
        int pollMillis = intSetting("pollMillis", 10);
        // Under 8 callers hundreds of referrals are awaited at once: asking for them this seldom leaves the store's
        // CPU to the contacts (their times are seconds of queueing there, so 10 ms of resolution adds nothing).
        int busyPollMillis = intSetting("busyPollMillis", 250);
        int rate = intSetting("apiRate", 100_000);
        String heap = setting("platformHeap", "1g");
        boolean jfr = Boolean.parseBoolean(setting("jfr", "true"));
        // Which path the flight recording follows: "a" through the gateway (the default), "b" straight to the service.
        String recordedPhase = setting("jfrPhase", "a");
        if (!recordedPhase.equals("a") && !recordedPhase.equals("b")) {
            throw new IllegalArgumentException("benchmark.intake.jfrPhase is a or b, not " + recordedPhase);
        }
        Duration patience = Duration.ofMinutes(intSetting("startupMinutes", 10));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: build it first (see benchmarks/INTAKE.md)");
        }
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Path run = work.resolve("run-" + started.replace(":", ""));
        Path data = run.resolve("data");
        Files.createDirectories(data);
        List<String> jvmOptions = new ArrayList<>(List.of(
                "-Dfrontdoor.gateway.api-requests-per-second=" + rate,
                "-Dfrontdoor.gateway.api-burst=" + rate,
                "-Dfrontdoor.gateway.partner-requests-per-second=" + rate,
                "-Dfrontdoor.gateway.partner-burst=" + rate));
        if (!classDataArchive.isEmpty()) {
            Path archive = Path.of(classDataArchive).toAbsolutePath();
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException(archive + " does not exist: build the platform first, or set "
                        + "benchmark.intake.classDataArchive= (empty) to start without it (see benchmarks/INTAKE.md)");
            }
            jvmOptions.add("-XX:SharedArchiveFile=" + archive);
        }
        // More JVM options for the platform, to measure a setting without rebuilding it (space-separated).
        String platformOptions = setting("platformOptions", "").trim();
        if (!platformOptions.isEmpty()) {
            jvmOptions.addAll(List.of(platformOptions.split("\\s+")));
        }
        List<Double> loads = new ArrayList<>();
        loads.add(LoadAverage.oneMinute());

        System.out.println("[intake] starting the platform: java -Xmx" + heap + " " + String.join(" ", jvmOptions)
                + " -jar " + jar + " --data=" + data);
        PlatformChild platform = PlatformChild.start(jar, data, heap, jvmOptions, "fresh", patience);
        Duration freshReady = platform.timeToReady();
        OptionalLong freshLauncher = platform.launcherStartupMillis();
        long rssAtReady = platform.residentKb();
        System.out.printf(Locale.ROOT, "[intake] ready in %.1f s, RSS %d MB%n", freshReady.toMillis() / 1000.0,
                rssAtReady / 1024);

        List<ContactLoad.Block> measured = new ArrayList<>();
        String probeLine;
        String writeConcern;
        String hotspots = null;
        long rssAfterLoad;
        int missingFromQueue;
        int answered;
        TriageQueueWatch watch;
        ConsumersCaughtUp quiet = null;
        Duration drainedBeforeSerial = null;
        Duration drainedBeforeRecording = null;
        Map<String, Latencies> relayTimes = new java.util.TreeMap<>();
        Map<String, Latencies> consumerTimes = new java.util.TreeMap<>();
        PlatformCpu.Tally cpu = new PlatformCpu.Tally();
        try (MongoClient store = MongoClients.create(platform.mongoUri())) {
            ContactLoad load = new ContactLoad(platform.tokenUrl());
            quiet = new ConsumersCaughtUp(platform.kafkaBootstrapServers());
            String warmToken = load.token("contact-officer");

            // The limits given to the platform's JVM must have reached the gateway's context. A caller's own limit
            // (burst 50, then 20/s by default) cannot be shown exceeded on a busy 2-core machine, where the gateway
            // answers fewer than 20 calls a second; a partner agency's (burst 20, then 5/s) can: it is raised by the
            // same -D mechanism, and a partner system's calls beyond it would be answered 429.
            int probeCalls = 300;
            StringBuilder probes = new StringBuilder();
            boolean refused = false;
            for (String[] caller : new String[][] {{"contact-officer", "50", "20"}, {"partner-school", "20", "5"}}) {
                Map<String, Object> probe = load.probeRateLimit(platform.gatewayUrl(), load.token(caller[0]),
                        probeCalls);
                double probeSeconds = (double) probe.remove("seconds");
                long defaultAllowance = Math.round(Integer.parseInt(caller[1])
                        + Integer.parseInt(caller[2]) * probeSeconds);
                refused |= probe.containsKey("429");
                probes.append(String.format(Locale.ROOT, "%n  %s: %d GETs of an unrouted /api/ path in %.1f s: %s;"
                                + " the default limit (burst %s, %s/s) would have let %d through%s",
                        caller[0], probeCalls, probeSeconds, probe, caller[1], caller[2],
                        Math.min(probeCalls, defaultAllowance),
                        defaultAllowance < probeCalls ? " (conclusive)" : " (inconclusive at this speed)"));
            }
            probeLine = probes.toString();
            System.out.println("[intake] rate limit:" + probeLine);
            if (refused) {
                throw new IllegalStateException("The gateway answered 429 with the limits raised on the platform's JVM:"
                        + " -D settings do not reach the gateway's context, so the benchmark stops here:" + probeLine);
            }

            watch = new TriageQueueWatch(store, pollMillis);
            ContactLoad.Block warmA = load.run("a", platform.gatewayUrl(), warmToken, warmups, threads, null);
            ContactLoad.Block warmB = load.run("b", platform.referralServiceUrl(), warmToken, warmups, threads, null);
            System.out.println("[intake] warm-ups: " + describe(warmA) + " | " + describe(warmB));
            RawIntake raw = new RawIntake(store, platform.kafkaBootstrapServers());
            writeConcern = raw.writeConcern();
            ContactLoad.Block warmC = raw.run(raw.contactsOf(warmA.referralIds(), Duration.ofMinutes(2)), threads);
            System.out.println("[intake] warm-up c: " + describe(warmC));

            watch.pollEvery(busyPollMillis, "8-caller blocks");
            for (int block = 0; block < blocks; block++) {
                final String token = load.token("contact-officer");
                ContactLoad.Block a = costed(platform, watch, quiet, cpu, () -> load.run("a", platform.gatewayUrl(),
                        token, contacts, threads, watch));
                System.out.println("[intake] " + describe(a));
                ContactLoad.Block b = costed(platform, watch, quiet, cpu, () -> load.run("b",
                        platform.referralServiceUrl(), token, contacts, threads, watch));
                System.out.println("[intake] " + describe(b));
                List<RawIntake.Contact> copies = raw.contactsOf(a.referralIds(), Duration.ofMinutes(2));
                ContactLoad.Block c = costed(platform, watch, quiet, cpu, () -> raw.run(copies, threads));
                System.out.println("[intake] " + describe(c));
                measured.add(a);
                measured.add(b);
                measured.add(c);
                loads.add(LoadAverage.oneMinute());
            }
            if (serial > 0) {
                // The relay's and triage's backlog from the blocks above drains first, so that the referral ->
                // triage times of one contact at a time are not spent queueing behind it.
                long draining = System.nanoTime();
                int behind = watch.awaitAll(300_000);
                quiet.await(Duration.ofMinutes(5));
                drainedBeforeSerial = Duration.ofNanos(System.nanoTime() - draining);
                watch.pollEvery(pollMillis, "one at a time");
                System.out.println("[intake] backlog drained before one at a time (" + behind + " not in the queue,"
                        + " consumer lag " + quiet.lag() + ")");
                String serialToken = load.token("contact-officer");
                ContactLoad.Block a1 = costed(platform, watch, quiet, cpu, () -> load.run("a", platform.gatewayUrl(),
                        serialToken, serial, 1, watch));
                System.out.println("[intake] " + describe(a1));
                ContactLoad.Block b1 = costed(platform, watch, quiet, cpu, () -> load.run("b",
                        platform.referralServiceUrl(), serialToken, serial, 1, watch));
                System.out.println("[intake] " + describe(b1));
                measured.add(a1);
                measured.add(b1);
            }
            missingFromQueue = watch.awaitAll(300_000);
            watch.close();
            Map<String, Long> published = raw.publishedAt(watch.seen().keySet(), Duration.ofMinutes(1));
            for (Map.Entry<String, TriageQueueWatch.Seen> referral : watch.seen().entrySet()) {
                Long sentAt = published.get(referral.getKey());
                if (sentAt != null) {
                    String label = referral.getValue().label();
                    relayTimes.computeIfAbsent(label, any -> new Latencies())
                            .add(sentAt - referral.getValue().answeredAtMillis());
                    consumerTimes.computeIfAbsent(label, any -> new Latencies())
                            .add(referral.getValue().seenAtMillis() - sentAt);
                }
            }
            rssAfterLoad = platform.residentKb();
            loads.add(LoadAverage.oneMinute());
            raw.close();
            answered = measured.stream().filter(block -> !block.phase().equals("c"))
                    .mapToInt(block -> block.created().count()).sum()
                    + warmA.created().count() + warmB.created().count();

            if (jfr) {
                Path recording = run.resolve("platform-phase-" + recordedPhase + ".jfr");
                String recordedToken = load.token("contact-officer");
                String recordedUrl = recordedPhase.equals("a") ? platform.gatewayUrl() : platform.referralServiceUrl();
                drainedBeforeRecording = quiet.await(Duration.ofMinutes(5));
                System.out.println("[intake] consumers caught up before the recording (lag " + quiet.lag() + ")");
                platform.jcmd("JFR.start", "name=intake", "settings=profile");
                ContactLoad.Block recorded = load.run(recordedPhase, recordedUrl, recordedToken, contacts, threads,
                        null);
                platform.jcmd("JFR.stop", "name=intake", "filename=" + recording);
                answered += recorded.created().count();
                System.out.println("[intake] recorded (not counted): " + describe(recorded));
                hotspots = "flight recording of the platform during one more (" + recordedPhase + ") block ("
                        + describe(recorded) + "), started once every consumer group had caught up (waited "
                        + drainedBeforeRecording.toSeconds() + " s), " + recording + ":\n"
                        + Hotspots.summarise(recording, 20);
            }
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        } finally {
            if (quiet != null) {
                quiet.close();
            }
        }

        System.out.println("[intake] kill -9 and restart on the same data");
        platform.killHard();
        PlatformChild restarted = PlatformChild.start(jar, data, heap, jvmOptions, "after-kill", patience);
        Duration restartReady = restarted.timeToReady();
        OptionalLong restartLauncher = restarted.launcherStartupMillis();
        long rssAfterRestart = restarted.residentKb();
        long kept;
        try (MongoClient store = MongoClients.create(restarted.mongoUri())) {
            kept = store.getDatabase("referrals").getCollection("referrals").countDocuments();
        } finally {
            restarted.close();
        }
        loads.add(LoadAverage.oneMinute());
        for (ContactLoad.Block block : measured) {
            loads.add(block.loadBefore());
            loads.add(block.loadAfter());
        }

        String report = report(started, heap, threads, contacts, blocks, warmups, rate, freshReady, freshLauncher,
                rssAtReady, rssAfterLoad, restartReady, restartLauncher, rssAfterRestart, kept, answered, probeLine,
                writeConcern, measured, watch, missingFromQueue, relayTimes, consumerTimes, drainedBeforeSerial, loads, hotspots, cpu);
        System.out.println(report);
        Files.writeString(run.resolve("report.txt"), report);
        System.out.println("[intake] report also in " + run.resolve("report.txt") + "; the platform's output in "
                + run);
    }

    /** Something that runs one block of contacts. */
    private interface BlockOfContacts {
        ContactLoad.Block run() throws Exception;
    }

    /**
     * Runs one block from a quiet platform (every contact before it in the triage queue, every consumer caught up) and
     * adds what it cost the platform's threads to {@code cpu}: while it ran, and until the work it caused was done.
     */
    private static ContactLoad.Block costed(PlatformChild platform, TriageQueueWatch watch, ConsumersCaughtUp quiet,
                                            PlatformCpu.Tally cpu, BlockOfContacts block) throws Exception {
        watch.awaitAll(300_000);
        quiet.await(Duration.ofMinutes(5));
        Map<String, Double> before = PlatformCpu.byPart(platform.jcmd("Thread.print"));
        PlatformCpu.addCallers(before);
        ContactLoad.Block done = block.run();
        Map<String, Double> answered = PlatformCpu.byPart(platform.jcmd("Thread.print"));
        PlatformCpu.addCallers(answered);
        watch.awaitAll(300_000);
        quiet.await(Duration.ofMinutes(5));
        Map<String, Double> settled = PlatformCpu.byPart(platform.jcmd("Thread.print"));
        PlatformCpu.addCallers(settled);
        // One at a time is tallied apart, as (a1) and (b1).
        String phase = done.threads() == 1 ? done.phase() + "1" : done.phase();
        cpu.add(phase, PlatformCpu.between(before, answered), PlatformCpu.between(before, settled), done.wallNanos(),
                done.created().count());
        return done;
    }

    private static String describe(ContactLoad.Block block) {
        return String.format(Locale.ROOT, "(%s) %d callers: %d/%d created, %.1f/s, p50 %.0f ms, p95 %.0f ms %s",
                block.phase(), block.threads(), block.created().count(), block.contacts(), block.perSecond(),
                block.created().percentile(50), block.created().percentile(95), block.statuses());
    }

    private static String report(String started, String heap, int threads, int contacts, int blocks, int warmups,
                                 int rate, Duration freshReady, OptionalLong freshLauncher, long rssAtReady,
                                 long rssAfterLoad, Duration restartReady, OptionalLong restartLauncher,
                                 long rssAfterRestart, long kept, int answered, String probeLine, String writeConcern,
                                 List<ContactLoad.Block> measured, TriageQueueWatch watch, int missingFromQueue,
                                 Map<String, Latencies> relayTimes, Map<String, Latencies> consumerTimes,
                                 Duration drainedBeforeSerial, List<Double> loads, String hotspots,
                                 PlatformCpu.Tally cpu) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%nFront Door intake benchmark, %s, %d cores, Java %s; platform -Xmx%s"
                        + " as a child process%n", started, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), heap));
        text.append(String.format(Locale.ROOT, "%d callers, %d contacts a block, %d rounds of blocks a, b, c; %d warm-ups"
                + " each; the gateway's per-caller and per-partner limits raised to %,d/s, burst %,d (-D on the platform's"
                + " JVM)%n",
                threads, contacts, blocks, warmups, rate, rate));
        text.append('\n');
        text.append(String.format(Locale.ROOT, "platform ready, fresh data directory   %6.1f s  (launcher's own 'Started in'"
                        + " %s)  RSS %d MB%n", freshReady.toMillis() / 1000.0, seconds(freshLauncher),
                rssAtReady / 1024));
        text.append(String.format(Locale.ROOT, "RSS after the load                                 RSS %d MB%n",
                rssAfterLoad / 1024));
        text.append(String.format(Locale.ROOT, "platform ready after kill -9, same data %5.1f s  (launcher's own 'Started in'"
                        + " %s)  RSS %d MB; referrals in the store after it: %,d (answered 201: %,d)%n",
                restartReady.toMillis() / 1000.0, seconds(restartLauncher), rssAfterRestart / 1024, kept, answered));
        text.append("rate limit check (limits raised by -D on the platform's JVM):").append(probeLine).append('\n');
        text.append("(c) write concern: ").append(writeConcern)
                .append(" (the driver's default, as the platform's services: it gives them mongodb://localhost:<port>)\n");
        text.append('\n');
        text.append(String.format(Locale.ROOT, "%-46s %7s %8s %6s %6s %7s %7s %7s %7s %7s%n", "phase", "callers",
                "contacts", "ok", "other", "per s", "p50", "p95", "p99", "max ms"));
        Phase a = phase(measured, "a", threads);
        Phase b = phase(measured, "b", threads);
        Phase c = phase(measured, "c", threads);
        Phase a1 = phase(measured, "a", 1);
        Phase b1 = phase(measured, "b", 1);
        row(text, "(a) gateway, POST /api/referrals", a);
        row(text, "(b) referral-service direct, POST /api/referrals", b);
        row(text, "(c) raw: store inserts + broker acks, no HTTP", c);
        if (a1.count() > 0) {
            row(text, "(a) gateway, one at a time", a1);
            row(text, "(b) referral-service direct, one at a time", b1);
        }
        text.append('\n');
        text.append(String.format(Locale.ROOT, "%-46s %10s %7s %7s %7s %7s%n", "ratios", "throughput", "p50", "p95",
                "p99", "max"));
        ratio(text, "a/b", a, b);
        ratio(text, "a/c", a, c);
        ratio(text, "b/c", b, c);
        if (a1.count() > 0) {
            ratio(text, "a/b one at a time", a1, b1);
        }
        text.append('\n');
        if (!cpu.isEmpty()) {
            text.append(cpu.table());
            text.append("  (the platform's threads' CPU time, jcmd Thread.print before and after each measured block"
                    + " ((a1), (b1): one at a time); each block, (c) too, starts from a quiet platform; \"+after\""
                    + " also counts the relay's and the consumers' work until every contact is in the triage queue and"
                    + " every consumer group has caught up. This benchmark's JVM shares the cores: its row is the"
                    + " callers' side in (a) and (b), the driver's and producer's in (c), and in \"+after\" also its"
                    + " watching of the queue and the consumer groups)\n");
            text.append('\n');
        }
        Latencies queue = watch.latencies();
        text.append(String.format(Locale.ROOT, "referral -> triage queue (201 answered -> in triage.triageItems), %d"
                        + " referrals of (a) and (b): p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; not there"
                        + " 5 min after the last: %d%n", queue.count(), queue.percentile(50), queue.percentile(95),
                queue.percentile(99), queue.max(), missingFromQueue));
        watch.latenciesByLabel().forEach((label, times) -> {
            text.append(String.format(Locale.ROOT,
                    "  from (%s): %d referrals, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n", label,
                    times.count(), times.percentile(50), times.percentile(95), times.percentile(99), times.max()));
            Latencies relay = relayTimes.getOrDefault(label, new Latencies());
            Latencies consumer = consumerTimes.getOrDefault(label, new Latencies());
            text.append(String.format(Locale.ROOT,
                    "    201 -> relay sends ReferralReceived: p50 %.0f ms, p95 %.0f ms, max %.0f ms; sent -> in the"
                            + " queue: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                    relay.percentile(50), relay.percentile(95), relay.max(), consumer.percentile(50),
                    consumer.percentile(95), consumer.max()));
        });
        text.append("    (\"sent\": the record's timestamp on frontdoor.referrals.v1, set by the relay's producer at"
                + " send; wall clock, ms)\n");
        watch.cyclesByPause().forEach((pause, cycles) -> text.append(String.format(Locale.ROOT,
                "  resolution: while the store was asked every %d ms (%s), a cycle (pause + query) took %.1f ms on"
                        + " average, p99 %.1f ms, max %.1f ms: each time is late by at most one cycle%n",
                pause, watch.pauseUsedFor(pause), cycles.mean(), cycles.percentile(99), cycles.max())));
        if (drainedBeforeSerial != null) {
            text.append(String.format(Locale.ROOT, "  before the one-at-a-time blocks: waited %d s for the triage queue"
                    + " and every consumer group to catch up with the 8-caller blocks%n",
                    drainedBeforeSerial.toSeconds()));
        }
        text.append('\n');
        text.append("blocks in order (drift):\n");
        for (ContactLoad.Block block : measured) {
            text.append(String.format(Locale.ROOT, "  (%s) %d callers %5.1f/s  p50 %6.0f  p95 %6.0f  load %.1f -> %.1f"
                            + "  %s%n", block.phase(), block.threads(), block.perSecond(),
                    block.created().percentile(50), block.created().percentile(95), block.loadBefore(),
                    block.loadAfter(), block.statuses()));
        }
        double min = loads.stream().filter(value -> !Double.isNaN(value)).mapToDouble(Double::doubleValue).min()
                .orElse(Double.NaN);
        double max = loads.stream().filter(value -> !Double.isNaN(value)).mapToDouble(Double::doubleValue).max()
                .orElse(Double.NaN);
        double mean = loads.stream().filter(value -> !Double.isNaN(value)).mapToDouble(Double::doubleValue).average()
                .orElse(Double.NaN);
        text.append(String.format(Locale.ROOT, "load average (1 min) during the run: min %.1f, mean %.1f, max %.1f%n",
                min, mean, max));
        if (hotspots != null) {
            text.append('\n').append(hotspots);
        }
        return text.toString();
    }

    private static String seconds(OptionalLong millis) {
        return millis.isPresent() ? String.format(Locale.ROOT, "%.1f s", millis.getAsLong() / 1000.0) : "?";
    }

    /** Every block of one phase at one concurrency, together. */
    private record Phase(Latencies created, int contacts, long wallNanos, int threads) {

        int count() {
            return created.count();
        }

        double perSecond() {
            return wallNanos == 0 ? Double.NaN : created.count() / (wallNanos / 1e9);
        }
    }

    private static Phase phase(List<ContactLoad.Block> blocks, String phase, int threads) {
        List<ContactLoad.Block> of = blocks.stream()
                .filter(block -> block.phase().equals(phase) && block.threads() == threads).toList();
        return new Phase(Latencies.of(of.stream().map(ContactLoad.Block::created).toList()),
                of.stream().mapToInt(ContactLoad.Block::contacts).sum(),
                of.stream().mapToLong(ContactLoad.Block::wallNanos).sum(), threads);
    }

    private static void row(StringBuilder text, String name, Phase phase) {
        Latencies times = phase.created();
        text.append(String.format(Locale.ROOT, "%-46s %7d %8d %6d %6d %7.1f %7.1f %7.1f %7.1f %7.1f%n", name,
                phase.threads(), phase.contacts(), phase.count(), phase.contacts() - phase.count(), phase.perSecond(),
                times.percentile(50), times.percentile(95), times.percentile(99), times.max()));
    }

    private static void ratio(StringBuilder text, String name, Phase over, Phase under) {
        text.append(String.format(Locale.ROOT, "%-46s %10.2f %7.2f %7.2f %7.2f %7.2f%n", name,
                over.perSecond() / under.perSecond(),
                over.created().percentile(50) / under.created().percentile(50),
                over.created().percentile(95) / under.created().percentile(95),
                over.created().percentile(99) / under.created().percentile(99),
                over.created().max() / under.created().max()));
    }
}
