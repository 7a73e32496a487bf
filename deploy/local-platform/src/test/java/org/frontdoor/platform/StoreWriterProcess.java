package org.frontdoor.platform;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The child process of {@link DocumentStoreDurabilityTest}: opens the platform's document store on a file (durable,
 * or with {@code --plain} the backend as mongo-java-server ships it) and inserts documents one at a time through the
 * real driver, printing each acknowledged count, until it is killed.
 */
final class StoreWriterProcess {

    private StoreWriterProcess() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        boolean plain = args.length > 2 && args[2].equals("--plain");
        DocumentStore store = plain ? DocumentStore.startPlain(file, port) : DocumentStore.start(file, port);
        try (MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> contacts = client.getDatabase("referrals").getCollection("contacts");
            for (int i = 1; ; i++) {
                contacts.insertOne(new Document("_id", "contact-" + i).append("n", i));
                System.out.println("acknowledged " + i);
            }
        }
    }
}
