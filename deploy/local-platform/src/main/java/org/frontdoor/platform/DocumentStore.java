package org.frontdoor.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB-wire-compatible store (mongo-java-server) whose data lives in one H2 MVStore file, so it survives a
 * restart, and whose every acknowledged write is in that file before the answer ({@link DurableH2Backend}), so it
 * survives a {@code kill -9} too. Each service keeps its own database in it, exactly as on a real MongoDB server.
 */
final class DocumentStore implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final int port;

    private DocumentStore(MongoServer server, H2Backend backend, int port) {
        this.server = server;
        this.backend = backend;
        this.port = port;
    }

    static DocumentStore start(Path file, int port) {
        return start(port, new DurableH2Backend(prepared(file).toString()));
    }

    /** The backend as mongo-java-server ships it (commits in the background): only to measure what durability costs. */
    static DocumentStore startPlain(Path file, int port) {
        return start(port, new H2Backend(prepared(file).toString()));
    }

    private static Path prepared(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file.getParent(), e);
        }
        return file;
    }

    private static DocumentStore start(int port, H2Backend backend) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (Exception e) {
            // Netty rethrows the BindException unchecked-style, so catch everything here.
            server.shutdownNow();
            if (!backend.getMvStore().isClosed()) {
                backend.close();
            }
            throw new IllegalStateException("The document store cannot listen on localhost:" + port
                    + " (is the platform, or a MongoDB server, already running?)", e);
        }
        return new DocumentStore(server, backend, port);
    }

    String uri() {
        return "mongodb://localhost:" + port;
    }

    /** The backend itself, for the store's own tests (which indexes a collection holds). */
    H2Backend backend() {
        return backend;
    }

    boolean isClosed() {
        return backend.getMvStore().isClosed();
    }

    /** Stops accepting connections, then commits and closes the H2 file. */
    @Override
    public void close() {
        server.shutdown();
        if (!backend.getMvStore().isClosed()) {
            backend.close();
        }
    }
}
