package org.frontdoor.testkit;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One in-memory MongoDB-wire store per test JVM, reached through the real MongoDB driver.
 *
 * <pre>
 * &#64;DynamicPropertySource
 * static void store(DynamicPropertyRegistry registry) {
 *     EmbeddedStore.register(registry);
 * }
 * </pre>
 *
 * Test classes share the server; give each Spring test context its own database name if tests must
 * not see each other's data (the property {@code spring.mongodb.database}).
 */
public final class EmbeddedStore {

    private static MongoServer server;

    public static synchronized String uri() {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-store-shutdown"));
        }
        return uriOf(server.getLocalAddress());
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", EmbeddedStore::uri);
    }

    private static String uriOf(InetSocketAddress address) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    private EmbeddedStore() {
    }
}
