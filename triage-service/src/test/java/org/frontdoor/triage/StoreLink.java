package org.frontdoor.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The line between the service and its store: a TCP relay the tests can cut ({@link #cut()}: every connection
 * dropped, new ones refused, as when the database host goes away) and mend ({@link #mend()}: same port, same
 * data). The store itself keeps running, so what was written before the outage is still there after it.
 */
public final class StoreLink {

    private final InetSocketAddress store;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;
    private volatile int port;

    public StoreLink(String storeUri) {
        URI uri = URI.create(storeUri);
        this.store = new InetSocketAddress(uri.getHost(), uri.getPort());
        mend();
    }

    /** The store's address through this link, with driver timeouts short enough for a test to see an outage. */
    public String uri() {
        return "mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=3000&connectTimeoutMS=1000";
    }

    public synchronized void cut() {
        try {
            listening.close();
        } catch (IOException ignored) {
            // closed already
        }
        open.forEach(StoreLink::closeQuietly);
        open.clear();
    }

    public synchronized void mend() {
        if (listening != null && !listening.isClosed()) {
            return;
        }
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = server.getLocalPort();
            listening = server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> accept(listening), "store-link-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(store.getAddress(), store.getPort());
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread copy = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException cut) {
                // one side went away: close both below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "store-link-pump");
        copy.setDaemon(true);
        copy.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
