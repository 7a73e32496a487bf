package org.frontdoor.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * Prints how many single-document inserts a second the durable document store acknowledges with 1, 4 and 16 writer
 * threads, each inserting through the real driver (one client, as a service has), and how long a look-up on an
 * indexed non-unique field takes. A measurement, not a test: nothing is asserted, figures depend on the machine.
 *
 * <p>Run: {@code java -cp <test class path> org.frontdoor.platform.StoreWriteThroughput [documents per thread]
 * [--writes-only]}.
 */
final class StoreWriteThroughput {

    private StoreWriteThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int perThread = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = Files.createTempDirectory("store-throughput");
        int[] threadCounts = {1, 4, 16};
        // Warm-up round, not printed: the JIT and the driver's connection pool.
        run(dir.resolve("warmup/frontdoor.mv.db"), 4, 200);
        for (int threads : threadCounts) {
            double[] figures = run(dir.resolve(threads + "/frontdoor.mv.db"), threads, perThread);
            System.out.printf("[store] %2d writer threads x %d inserts: %.0f acknowledged inserts/s, %.1f inserts per"
                    + " commit%n", threads, perThread, figures[0], figures[1]);
        }
        if (!(args.length > 1 && args[1].equals("--writes-only"))) {
            lookUps(dir.resolve("lookups/frontdoor.mv.db"));
        }
    }

    /** Inserts a second, and inserts per MVStore commit (each commit is a new version of the store). */
    private static double[] run(Path file, int threads, int perThread) throws Exception {
        Files.createDirectories(file.getParent());
        try (DocumentStore store = DocumentStore.start(file, Ports.freePort());
             MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> contacts = client.getDatabase("referrals").getCollection("contacts");
            contacts.createIndex(Indexes.ascending("childIds"));
            long versionBefore = store.backend().getMvStore().getCurrentVersion();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        contacts.insertOne(new Document("_id", "contact-" + thread + "-" + i)
                                .append("childIds", List.of("child-" + (i % 97), "child-" + thread))
                                .append("summary", "x".repeat(400)));
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get();
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            long commits = store.backend().getMvStore().getCurrentVersion() - versionBefore;
            pool.shutdown();
            return new double[] {threads * perThread / seconds, (double) threads * perThread / Math.max(1, commits)};
        }
    }

    /** Finds by an indexed array field against the same finds on a copy of the collection without the index. */
    private static void lookUps(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        int documents = 5_000;
        try (DocumentStore store = DocumentStore.start(file, Ports.freePort());
             MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> indexed = client.getDatabase("referrals").getCollection("indexed");
            MongoCollection<Document> scanned = client.getDatabase("referrals").getCollection("scanned");
            indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("childIds"), Indexes.descending("receivedAt")));
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                batch.add(new Document("_id", "referral-" + i).append("childIds", List.of("child-" + i, "child-x" + i % 50))
                        .append("receivedAt", i).append("summary", "x".repeat(400)));
            }
            indexed.insertMany(batch);
            scanned.insertMany(batch.stream().map(Document::new).toList());
            int finds = 200;
            for (MongoCollection<Document> collection : List.of(indexed, scanned, indexed, scanned)) {
                long began = System.nanoTime();
                long found = 0;
                for (int i = 0; i < finds; i++) {
                    found += collection.find(Filters.eq("childIds", "child-" + (i * 7 % documents))).into(new ArrayList<>()).size();
                }
                double micros = (System.nanoTime() - began) / 1e3 / finds;
                System.out.printf("[store] find by childIds in %d documents, %-7s: %.0f us per find (%d found)%n",
                        documents, collection.getNamespace().getCollectionName(), micros, found);
            }
        }
    }
}
