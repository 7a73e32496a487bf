package org.frontdoor.benchmarks.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

/**
 * Referral → triage queue: from the moment the client had the 201 until triage-service's {@code triage.triageItems}
 * (one document per referral, {@code _id} = referralId) holds the referral. One thread asks the store every
 * {@code pollMillis} for the referrals still awaited ({@code _id $in [...]}, only {@code _id} returned), so a time is
 * late by at most one poll cycle (the pause plus one query); the mean and longest cycle are reported as the resolution,
 * for each pause used. The pause can change between blocks ({@link #pollEvery}): under 8 callers hundreds of
 * referrals are awaited at once, and asking for them every 10 ms kept one of the store's threads busy, CPU the
 * platform then did not have for the contacts (the raw block (c), which is not watched, did not pay it).
 */
final class TriageQueueWatch implements AutoCloseable {

    private final MongoCollection<Document> queue;
    private volatile long pollMillis;
    private final Map<String, Awaited> awaited = new ConcurrentHashMap<>();
    private final Latencies latencies = new Latencies();
    private final Map<String, Latencies> byLabel = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final Map<Long, Latencies> cyclesByPause = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final Thread poller;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    TriageQueueWatch(MongoClient store, long pollMillis) {
        this.queue = store.getDatabase("triage").getCollection("triageItems");
        this.pollMillis = pollMillis;
        this.poller = new Thread(this::poll, "triage-queue-watch");
        this.poller.setDaemon(true);
        this.poller.start();
    }

    private record Awaited(long answeredAtNanos, long answeredAtMillis, String label) {
    }

    /** Wall-clock times (ms since the epoch) of one referral: 201 received, seen in the queue. */
    record Seen(long answeredAtMillis, long seenAtMillis, String label) {
    }

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    /** A referral answered 201 at {@code answeredAtNanos} ({@link System#nanoTime()}), in a block called {@code label}. */
    void expect(String referralId, long answeredAtNanos, String label) {
        long wallNow = System.currentTimeMillis();
        awaited.put(referralId, new Awaited(answeredAtNanos,
                wallNow - (System.nanoTime() - answeredAtNanos) / 1_000_000, label));
    }

    private void poll() {
        long previous = System.nanoTime();
        // The pause before this cycle's query: a cycle is counted under the pause it had, even when the next differs.
        long pausedFor = pollMillis;
        while (running) {
            try {
                if (!awaited.isEmpty()) {
                    List<String> ids = new ArrayList<>(awaited.keySet());
                    List<String> found = new ArrayList<>();
                    for (Document item : queue.find(Filters.in("_id", ids)).projection(Projections.include("_id"))) {
                        found.add(item.getString("_id"));
                    }
                    long seen = System.nanoTime();
                    for (String id : found) {
                        Awaited answered = awaited.remove(id);
                        if (answered != null) {
                            double millis = (seen - answered.answeredAtNanos()) / 1e6;
                            latencies.add(millis);
                            byLabel.computeIfAbsent(answered.label(), label -> new Latencies()).add(millis);
                            this.seen.put(id, new Seen(answered.answeredAtMillis(), System.currentTimeMillis(),
                                    answered.label()));
                        }
                    }
                    cyclesByPause.computeIfAbsent(pausedFor, any -> new Latencies()).add((seen - previous) / 1e6);
                    previous = seen;
                } else {
                    previous = System.nanoTime();
                }
                pausedFor = pollMillis;
                TimeUnit.MILLISECONDS.sleep(pausedFor);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                failure = e;
                return;
            }
        }
    }

    /** Waits until every referral is in the queue, or {@code patienceMillis} pass; the number still missing. */
    int awaitAll(long patienceMillis) throws InterruptedException {
        long deadline = System.nanoTime() + patienceMillis * 1_000_000;
        while (!awaited.isEmpty() && System.nanoTime() < deadline && failure == null) {
            Thread.sleep(50);
        }
        if (failure != null) {
            throw failure;
        }
        return awaited.size();
    }

    Latencies latencies() {
        return latencies;
    }

    /** Every referral seen in the queue, by id. */
    Map<String, Seen> seen() {
        return seen;
    }

    /** The same, by the label of the block the referral came from. */
    Map<String, Latencies> latenciesByLabel() {
        return byLabel;
    }

    private final Map<Long, String> pauseUsedFor = new ConcurrentHashMap<>();

    /** From now on, pause this long between two looks at the queue; {@code during} says for which blocks. */
    void pollEvery(long millis, String during) {
        pauseUsedFor.merge(millis, during, (earlier, later) -> earlier + ", " + later);
        pollMillis = millis;
    }

    /** For which blocks a pause was used (as given to {@link #pollEvery}); the first pause, before any was given. */
    String pauseUsedFor(long millis) {
        return pauseUsedFor.getOrDefault(millis, "before the first block");
    }

    /**
     * Time between two answers of the store while something was awaited (how late a time can be), by the pause in
     * force, in ms.
     */
    Map<Long, Latencies> cyclesByPause() {
        return cyclesByPause;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.interrupt();
        poller.join(5_000);
    }
}
