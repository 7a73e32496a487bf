package org.frontdoor.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP link to the embedded store that a test can cut, as a network fault or a stopped database would: after
 * {@link #cut()} the port is closed and every open connection dropped, so the service's driver finds the store
 * unreachable while the store itself (and what it holds) stays there for the test to inspect.
 */
public final class StoreLink implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private StoreLink(String storeUri) throws IOException {
        URI target = URI.create(storeUri);
        this.targetHost = target.getHost();
        this.targetPort = target.getPort();
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "store-link");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @param storeUri {@code mongodb://host:port} of the store to link to */
    public static StoreLink to(String storeUri) {
        try {
            return new StoreLink(storeUri);
        } catch (IOException e) {
            throw new IllegalStateException("Could not open a link to the store", e);
        }
    }

    /** {@code mongodb://127.0.0.1:<link port>}: give this to the service instead of the store's own address. */
    public String uri() {
        return "mongodb://127.0.0.1:" + listener.getLocalPort();
    }

    /** The store becomes unreachable: no new connection is accepted and every open one is dropped. */
    public void cut() {
        close();
    }

    @Override
    public void close() {
        closeQuietly(listener);
        open.forEach(StoreLink::closeQuietly);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket store = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(store);
                pump(client, store);
                pump(store, client);
            } catch (IOException e) {
                // Closed by cut(), or the store refused: either way this link carries nothing more.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // The other side went away.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "store-link-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}
