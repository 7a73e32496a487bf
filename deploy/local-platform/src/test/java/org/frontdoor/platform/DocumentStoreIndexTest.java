package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReturnDocument;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's non-unique indexes ({@link SecondaryIndex}) never change an answer: every query, through the real
 * driver, gives exactly the documents, in the same order, as the same query on a copy of the collection that has no
 * index, and as the same query written so that no index can take it ({@code $and} around it). Documents are random,
 * with the shapes that make index look-ups go wrong (arrays, arrays in arrays, embedded documents on the path, numbers
 * of different kinds, null, missing fields), and are inserted, updated, replaced and deleted at random; one index is
 * created on a collection that already holds documents. Then the store file is closed and opened again, and a writer
 * process is killed with {@code kill -9}: the index, rebuilt from the file, still answers as the scan does.
 */
class DocumentStoreIndexTest {

    private static final List<String> FIELDS = List.of("childIds", "status", "person.keys", "tags");
    private static final int DOCUMENTS = 400;
    private static final int ROUNDS = 4;

    @TempDir
    Path work;

    private final Random random = new Random(20261203L);
    /** The ids inserted so far, for queries of one document by its id with a condition. */
    private final List<Object> knownIds = new ArrayList<>();

    @Test
    void queriesOnIndexedFieldsAnswerExactlyAsTheScan() {
        Path file = work.resolve("index/frontdoor.mv.db");
        Set<Object> ids = new HashSet<>();
        try (DocumentStore store = DocumentStore.start(file, Ports.freePort());
             MongoClient client = MongoClients.create(store.uri())) {
            MongoDatabase database = client.getDatabase("referrals");
            MongoCollection<Document> indexed = database.getCollection("indexed");
            MongoCollection<Document> plain = database.getCollection("plain");
            indexed.createIndex(new Document("childIds", 1).append("receivedAt", -1));
            indexed.createIndex(new Document("status", 1).append("receivedAt", 1));
            indexed.createIndex(new Document("person.keys", 1));
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                documents.add(randomDocument(newId(ids)));
            }
            // Half, queries, then the other half at once.
            indexed.insertMany(documents.subList(0, DOCUMENTS / 2));
            plain.insertMany(documents.subList(0, DOCUMENTS / 2).stream().map(Document::new).toList());
            compareQueries(indexed, plain, 30);
            indexed.insertMany(documents.subList(DOCUMENTS / 2, DOCUMENTS));
            plain.insertMany(documents.subList(DOCUMENTS / 2, DOCUMENTS).stream().map(Document::new).toList());
            // Created on a collection that already holds documents; sparse, which changes nothing for these queries.
            indexed.createIndex(new Document("tags", 1), new IndexOptions().sparse(true));

            assertThat(secondaryIndexes(store, "indexed")).as("indexes holding every document")
                    .containsOnly((long) DOCUMENTS);
            int compared = 0;
            for (int round = 0; round < ROUNDS; round++) {
                changeAtRandom(indexed, plain, ids);
                compared += compareQueries(indexed, plain, 120);
            }
            System.out.printf("%n[store] %d random queries answered identically with and without the index%n",
                    compared);
            assertThat(secondaryIndexes(store, "indexed")).containsOnly(indexed.countDocuments());
        }

        try (DocumentStore reopened = DocumentStore.start(file, Ports.freePort());
             MongoClient client = MongoClients.create(reopened.uri())) {
            MongoDatabase database = client.getDatabase("referrals");
            MongoCollection<Document> indexed = database.getCollection("indexed");
            assertThat(secondaryIndexes(reopened, "indexed")).as("indexes rebuilt from the file").hasSize(4)
                    .containsOnly(indexed.countDocuments());
            compareQueries(indexed, database.getCollection("plain"), 120);
            changeAtRandom(indexed, database.getCollection("plain"), ids);
            compareQueries(indexed, database.getCollection("plain"), 120);
        }
    }

    @Test
    void theIndexTakesTheServicesLookUpsAndLeavesTheRestToTheScan() {
        SecondaryIndex byChild = new SecondaryIndex("by_child",
                List.of(new IndexKey("childIds", true), new IndexKey("receivedAt", false)), false);
        assertThat(byChild.canHandle(query("childIds", "child-1"))).isTrue();
        assertThat(byChild.canHandle(query("childIds", "child-1").append("status", "NEW"))).isTrue();
        assertThat(byChild.canHandle(query("childIds", query("$in", List.of("a", 2, 3L))))).isTrue();

        assertThat(byChild.canHandle(query("receivedAt", 3))).as("not the first field").isFalse();
        assertThat(byChild.canHandle(query("childIds", null))).as("null also matches a missing field").isFalse();
        assertThat(byChild.canHandle(query("childIds", List.of("a")))).as("a whole array").isFalse();
        assertThat(byChild.canHandle(query("childIds", query("$gt", "a")))).isFalse();
        assertThat(byChild.canHandle(query("childIds", query("$in", List.of("a")).append("$ne", "b")))).isFalse();
        assertThat(byChild.canHandle(query("childIds", query("$in", Arrays.asList("a", null))))).isFalse();
        assertThat(byChild.canHandle(query("childIds", query("$regex", "^a")))).isFalse();
        assertThat(byChild.canHandle(query("childIds", query("id", "a")))).as("an embedded document").isFalse();
        assertThat(byChild.canHandle(query("$or", List.of(query("childIds", "a"))))).isFalse();
        assertThat(new SecondaryIndex("by_first", List.of(new IndexKey("childIds.0", true)), false)
                .canHandle(query("childIds.0", "a"))).as("a position in an array").isFalse();
    }

    @Test
    void aConditionalUpdateOfOneDocumentReadsThatDocumentNotTheCollection() {
        Path file = work.resolve("by-id/frontdoor.mv.db");
        try (DocumentStore store = DocumentStore.start(file, Ports.freePort());
             MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> referrals = client.getDatabase("referrals").getCollection("referrals");
            referrals.insertOne(new Document("_id", "r1").append("version", 1));
            referrals.insertOne(new Document("_id", "r2").append("version", 1));
            de.bwaldvogel.mongo.bson.Document sameVersion = query("_id", "r1").append("version", 1);

            List<String> taking = store.backend().resolveDatabase("referrals").resolveCollection("referrals", true)
                    .getIndexes().stream().filter(index -> index.canHandle(sameVersion)).map(Index::getName).toList();

            assertThat(taking).containsExactly(IndexedH2Database.ID_WITH_MORE);
            assertThat(referrals.updateOne(new Document("_id", "r1").append("version", 1),
                    new Document("$set", new Document("version", 2))).getModifiedCount()).isEqualTo(1);
            assertThat(referrals.updateOne(new Document("_id", "r1").append("version", 1),
                    new Document("$set", new Document("version", 3))).getModifiedCount()).as("stale").isZero();
            assertThat(referrals.find(new Document("_id", "r2").append("version", 1)).first()).isNotNull();
            assertThat(client.getDatabase("referrals").getCollection("referrals").listIndexes().into(new ArrayList<>()))
                    .extracting(index -> index.getString("name")).containsExactly("_id_");

            referrals.createIndex(new Document("childIds", 1));
            de.bwaldvogel.mongo.bson.Document either = query("$or", List.of(query("_id", "r1"), query("childIds", "c")));
            de.bwaldvogel.mongo.bson.Document eitherOrAnything = query("$or", List.of(query("_id", "r1"),
                    query("receivedAt", 3)));
            de.bwaldvogel.mongo.MongoCollection<?> stored = store.backend().resolveDatabase("referrals")
                    .resolveCollection("referrals", true);
            assertThat(stored.getIndexes().stream().filter(index -> index.canHandle(either)).map(Index::getName))
                    .containsExactly(EitherOfIndexes.NAME);
            assertThat(stored.getIndexes().stream().filter(index -> index.canHandle(eitherOrAnything)))
                    .as("a branch no index takes: the scan").isEmpty();
            assertThat(referrals.find(new Document("$or", List.of(new Document("_id", "r2"),
                    new Document("childIds", "c")))).into(new ArrayList<>())).extracting(d -> d.get("_id"))
                    .containsExactly("r2");
        }
    }

    @Test
    void afterKillNineTheRebuiltIndexAnswersAsTheScanAndKeepsEveryAcknowledgedWrite() throws Exception {
        Path file = work.resolve("killed/frontdoor.mv.db");
        int port = Ports.freePort();
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classPath(), StoreWriterProcess.class.getName(), file.toString(),
                Integer.toString(port), "--indexed").redirectErrorStream(true).start();
        Set<String> inserted = new HashSet<>();
        Set<String> moved = new HashSet<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("inserted ")) {
                    inserted.add(line.substring("inserted ".length()));
                } else if (line.startsWith("updated ")) {
                    moved.add(line.substring("updated ".length()));
                }
                if (inserted.size() + moved.size() >= 600) {
                    writer.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(inserted.size() + moved.size()).as("acknowledged writes before the kill").isGreaterThanOrEqualTo(600);

        try (DocumentStore reopened = DocumentStore.start(file, Ports.freePort());
             MongoClient client = MongoClients.create(reopened.uri())) {
            MongoCollection<Document> contacts = client.getDatabase("referrals").getCollection("contacts");
            Set<String> found = new HashSet<>();
            contacts.find().forEach(document -> found.add(document.getString("_id")));
            assertThat(found).as("every acknowledged insert").containsAll(inserted);
            List<String> movedFound = new ArrayList<>();
            contacts.find(new Document("childIds", "moved")).forEach(d -> movedFound.add(d.getString("_id")));
            assertThat(movedFound).as("every acknowledged update, found through the index").containsAll(moved);
            assertThat(secondaryIndexes(reopened, "contacts")).containsOnly((long) found.size());
            List<String> values = new ArrayList<>(List.of("moved", "nobody"));
            for (int i = 0; i < 11; i++) {
                values.add("child-" + i);
            }
            for (String value : values) {
                Document byIndex = new Document("childIds", value);
                assertThat(contacts.find(byIndex).into(new ArrayList<>()))
                        .as("find %s", value)
                        .isEqualTo(contacts.find(new Document("$and", List.of(byIndex))).into(new ArrayList<>()));
            }
        }
    }

    // ------------------------------------------------------------------------------------------- the comparison

    private int compareQueries(MongoCollection<Document> indexed, MongoCollection<Document> plain, int queries) {
        for (int i = 0; i < queries; i++) {
            Document filter = randomQuery();
            Bson scanned = new Document("$and", List.of(filter));
            Document sort = new Document("receivedAt", -1);
            int limit = 1 + random.nextInt(4);
            expectSame(filter, c -> c.find(filter).into(new ArrayList<>()), indexed, plain);
            expectSame(filter, c -> c.find(scanned).into(new ArrayList<>()), indexed, indexed);
            expectSame(filter, c -> c.find(filter).sort(sort).limit(limit).into(new ArrayList<>()), indexed, plain);
            expectSame(filter, c -> c.countDocuments(filter), indexed, plain);
        }
        return queries;
    }

    private static <T> void expectSame(Document filter, Function<MongoCollection<Document>, T> query,
            MongoCollection<Document> indexed, MongoCollection<Document> plain) {
        Object expected = answer(query, plain);
        Object actual = answer(query, indexed);
        assertThat(actual).as("answer to %s", filter.toJson()).isEqualTo(expected);
    }

    private static <T> Object answer(Function<MongoCollection<Document>, T> query, MongoCollection<Document> c) {
        try {
            return query.apply(c);
        } catch (RuntimeException e) {
            return "failed: " + e.getClass().getSimpleName();
        }
    }

    private void changeAtRandom(MongoCollection<Document> indexed, MongoCollection<Document> plain, Set<Object> ids) {
        List<Object> known = new ArrayList<>(ids);
        for (int i = 0; i < 80; i++) {
            Object id = known.get(random.nextInt(known.size()));
            Document byId = new Document("_id", id);
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            switch (random.nextInt(8)) {
                case 0 -> {
                    Document update = new Document("$set", new Document(field, randomValue()));
                    both(indexed, plain, c -> c.updateOne(byId, update).getModifiedCount());
                }
                case 1 -> {
                    Document update = new Document("$unset", new Document(field, ""));
                    both(indexed, plain, c -> c.updateOne(byId, update).getModifiedCount());
                }
                case 2 -> {
                    Document update = new Document("$push", new Document("childIds", randomScalar()));
                    both(indexed, plain, c -> c.updateOne(byId, update).getModifiedCount());
                }
                case 3 -> {
                    Document replacement = randomDocument(id);
                    both(indexed, plain, c -> c.replaceOne(byId, replacement).getModifiedCount());
                }
                case 4 -> {
                    Document byField = randomQuery();
                    both(indexed, plain, c -> c.deleteOne(byField).getDeletedCount());
                }
                case 5 -> {
                    Document byField = new Document(field, randomScalar());
                    Document update = new Document("$set", new Document("status", randomScalar()));
                    both(indexed, plain, c -> c.updateMany(byField, update).getModifiedCount());
                }
                case 6 -> {
                    Document byField = new Document("childIds", randomScalar());
                    Document update = new Document("$set", new Document("childIds", randomValue()));
                    both(indexed, plain, c -> c.findOneAndUpdate(byField, update,
                            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
                }
                default -> {
                    Document document = randomDocument(newId(ids));
                    both(indexed, plain, c -> {
                        c.insertOne(new Document(document));
                        return 1;
                    });
                }
            }
        }
        ids.clear();
        indexed.find().forEach(document -> ids.add(document.get("_id")));
        assertThat(plain.find().into(new ArrayList<>())).isEqualTo(indexed.find().into(new ArrayList<>()));
    }

    private static void both(MongoCollection<Document> indexed, MongoCollection<Document> plain,
            Function<MongoCollection<Document>, Object> change) {
        Object expected = answer(change::apply, plain);
        assertThat(answer(change::apply, indexed)).isEqualTo(expected);
    }

    private static List<Long> secondaryIndexes(DocumentStore store, String collection) {
        List<Long> counts = new ArrayList<>();
        for (Index<?> index : store.backend().resolveDatabase("referrals").resolveCollection(collection, true)
                .getIndexes()) {
            if (index instanceof SecondaryIndex secondary
                    && !index.getName().equals(IndexedH2Database.ID_WITH_MORE)) {
                counts.add(secondary.getCount());
            }
        }
        return counts;
    }

    // ------------------------------------------------------------------------------------------- random documents

    private Object newId(Set<Object> ids) {
        Object id;
        do {
            id = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(100_000);
                case 1 -> (long) random.nextInt(100_000) + 1_000_000L;
                case 2 -> new ObjectId();
                default -> "referral-" + random.nextInt(100_000);
            };
        } while (!ids.add(id));
        knownIds.add(id);
        return id;
    }

    private Document randomDocument(Object id) {
        Document document = new Document("_id", id).append("receivedAt", random.nextInt(50));
        for (String field : FIELDS) {
            if (random.nextInt(5) == 0) {
                continue; // missing
            }
            if (field.equals("person.keys")) {
                document.append("person", randomPerson());
            } else {
                document.append(field, randomValue());
            }
        }
        return document;
    }

    private Object randomPerson() {
        return switch (random.nextInt(6)) {
            case 0 -> new Document("keys", randomValue());
            case 1 -> List.of(new Document("keys", randomValue()), new Document("other", 1), randomScalar());
            case 2 -> List.of(List.of(new Document("keys", randomScalar())));
            case 3 -> randomScalar();
            case 4 -> new Document("other", randomScalar());
            default -> List.of(new Document("keys", randomValue()), new Document("keys", randomValue()));
        };
    }

    private Object randomValue() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> randomScalar();
            case 3 -> null;
            case 4 -> new Document("id", randomScalar());
            case 5 -> List.of(List.of(randomScalar(), randomScalar()), randomScalar());
            case 6 -> List.of();
            case 7 -> Arrays.asList(randomScalar(), null, new Document("id", randomScalar()));
            default -> {
                List<Object> values = new ArrayList<>();
                for (int i = random.nextInt(4); i >= 0; i--) {
                    values.add(randomScalar());
                }
                yield values;
            }
        };
    }

    private static final Date SOME_DAY = Date.from(Instant.parse("2026-01-05T09:00:00Z"));
    private static final ObjectId SOME_ID = new ObjectId("65a1b2c3d4e5f60718293a4b");

    private Object randomScalar() {
        return switch (random.nextInt(12)) {
            case 0 -> 1;
            case 1 -> 1L;
            case 2 -> 1.0;
            case 3 -> 2.5;
            case 4 -> true;
            case 5 -> SOME_DAY;
            case 6 -> SOME_ID;
            case 7, 8 -> Long.MAX_VALUE - random.nextInt(2);
            default -> "child-" + random.nextInt(6);
        };
    }

    private Document randomQuery() {
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        Object condition = switch (random.nextInt(10)) {
            case 0 -> List.of(randomScalar(), randomScalar());
            case 1 -> null;
            case 2 -> new Document("$in", List.of(randomScalar(), randomScalar(), randomScalar()));
            case 3 -> new Document("$in", List.of());
            case 4 -> new Document("id", randomScalar());
            case 5 -> new Document("$ne", randomScalar());
            default -> randomScalar();
        };
        Document query = new Document(field, condition);
        if (random.nextInt(4) == 0) {
            query.append("status", randomScalar());
        }
        if (random.nextInt(5) == 0) {
            // An either-or of two look-ups (EitherOfIndexes), or of one look-up and something no index takes.
            Document other = random.nextInt(3) == 0 ? new Document("receivedAt", random.nextInt(50))
                    : new Document(FIELDS.get(random.nextInt(FIELDS.size())), randomScalar());
            return new Document("$or", random.nextBoolean() ? List.of(query, other) : List.of(other, query));
        }
        if (random.nextInt(4) == 0 && !knownIds.isEmpty()) {
            // One document by its id, with a condition (the services' conditional updates): the _id index of
            // IndexedH2Database, first or after the field, and sometimes an id nobody has.
            Object id = random.nextInt(5) == 0 ? "referral-none" : knownIds.get(random.nextInt(knownIds.size()));
            Document byId = new Document("_id", random.nextInt(3) == 0 ? new Document("$in", List.of(id)) : id);
            if (random.nextBoolean()) {
                byId.putAll(query);
                return byId;
            }
            query.putAll(byId);
        }
        return query;
    }

    /** A query as the server sees it. */
    private static de.bwaldvogel.mongo.bson.Document query(String field, Object value) {
        return new de.bwaldvogel.mongo.bson.Document(field, value);
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
