package org.frontdoor.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP link between the service and the embedded store that a test can cut and restore, on the same port: while cut,
 * every open connection is closed and new ones are refused, exactly as when the database host goes away; restored,
 * the store is there again with everything it held.
 */
public final class StoreLink implements AutoCloseable {

    private final InetSocketAddress store;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final int port;
    private volatile ServerSocket listening;

    /** @param storeUri the store's {@code mongodb://host:port} */
    public StoreLink(String storeUri) throws IOException {
        URI uri = URI.create(storeUri);
        this.store = new InetSocketAddress(uri.getHost(), uri.getPort());
        ServerSocket first = new ServerSocket();
        first.setReuseAddress(true);
        first.bind(new InetSocketAddress("127.0.0.1", 0));
        this.port = first.getLocalPort();
        accept(first);
    }

    public int port() {
        return port;
    }

    /** The store is unreachable: open connections drop, new ones are refused. */
    public synchronized void cut() throws IOException {
        ServerSocket server = listening;
        listening = null;
        if (server != null) {
            server.close();
        }
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** The store is reachable again on the same port. */
    public synchronized void restore() throws IOException {
        if (listening == null) {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress("127.0.0.1", port));
            accept(server);
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void accept(ServerSocket server) {
        listening = server;
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(store.getHostString(), store.getPort());
                    open.add(client);
                    open.add(upstream);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException closedOrRefused) {
                    // the link was cut: stop accepting
                }
            }
        }, "store-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void pipe(Socket from, Socket to) {
        Thread copier = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException dropped) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "store-link-pipe");
        copier.setDaemon(true);
        copier.start();
    }
}
