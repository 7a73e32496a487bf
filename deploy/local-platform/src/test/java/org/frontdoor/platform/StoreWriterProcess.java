package org.frontdoor.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The child process of {@link DocumentStoreDurabilityTest}: opens the platform's document store on a file (durable,
 * or with {@code --plain} the backend as mongo-java-server ships it) and inserts documents one at a time through the
 * real driver, printing each acknowledged count, until it is killed. With {@code --indexed} the documents carry a
 * {@code childIds} array under a non-unique index, and every third write is an update that moves a document to other
 * children ({@link DocumentStoreIndexTest}).
 */
final class StoreWriterProcess {

    private StoreWriterProcess() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        boolean plain = args.length > 2 && args[2].equals("--plain");
        boolean indexed = args.length > 2 && args[2].equals("--indexed");
        DocumentStore store = plain ? DocumentStore.startPlain(file, port) : DocumentStore.start(file, port);
        try (MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> contacts = client.getDatabase("referrals").getCollection("contacts");
            if (indexed) {
                writeIndexed(contacts);
                return;
            }
            for (int i = 1; ; i++) {
                contacts.insertOne(new Document("_id", "contact-" + i).append("n", i));
                System.out.println("acknowledged " + i);
            }
        }
    }

    /** Four writers at once (so commits are shared), each inserting and, every third write, moving a document. */
    private static void writeIndexed(MongoCollection<Document> contacts) {
        contacts.createIndex(new Document("childIds", 1).append("receivedAt", -1));
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int writer = t;
            Thread thread = new Thread(() -> {
                for (int i = 1; ; i++) {
                    if (i % 3 == 0) {
                        String id = "contact-" + writer + "-" + (i - 1);
                        contacts.updateOne(new Document("_id", id),
                                new Document("$set", new Document("childIds", List.of("child-" + i % 7, "moved"))));
                        System.out.println("updated " + id);
                    } else {
                        String id = "contact-" + writer + "-" + i;
                        contacts.insertOne(new Document("_id", id).append("receivedAt", i)
                                .append("childIds", List.of("child-" + i % 5, "child-" + i % 11)));
                        System.out.println("inserted " + id);
                    }
                }
            });
            thread.start();
            writers.add(thread);
        }
        for (Thread thread : writers) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
