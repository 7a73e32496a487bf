package org.frontdoor.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The TCP ports the platform listens on, all on {@code localhost}. */
public record Ports(int gateway, int referral, int triage, int consultation, int cases, int outcomes,
                    int identity, int kafka, int mongo, int console) {

    public Ports {
        Set<Integer> seen = new HashSet<>();
        for (int port : new int[] {gateway, referral, triage, consultation, cases, outcomes, identity, kafka, mongo,
                console}) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Port " + port + " is outside 1-65535");
            }
            if (!seen.add(port)) {
                throw new IllegalArgumentException("Port " + port + " is given to two parts of the platform");
            }
        }
    }

    /**
     * The documented ports: gateway 8080, services 8081-8085, identity 9000, Kafka 9092, Mongo 27017, and the staff
     * console 8090 (which people reach through the gateway, at 8080).
     */
    public static Ports standard() {
        return new Ports(8080, 8081, 8082, 8083, 8084, 8085, 9000, 9092, 27017, 8090);
    }

    /**
     * Ten consecutive ports from {@code base}, in the documented order: gateway, the five services, the identity
     * provider, Kafka, the store, the staff console ({@code --port-base}, for a second platform beside the first).
     */
    public static Ports startingAt(int base) {
        return new Ports(base, base + 1, base + 2, base + 3, base + 4, base + 5, base + 6, base + 7, base + 8,
                base + 9);
    }

    /** Ports the operating system reports free right now (for tests and side-by-side runs). */
    public static Ports free() {
        int[] ports = freePorts(10);
        return new Ports(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6], ports[7], ports[8],
                ports[9]);
    }

    /**
     * {@code count} ports nobody listens on at this moment, all different: every one is held open until all are
     * chosen, so the OS cannot hand the same port out twice (one at a time, it sometimes did: "Port … is given to two
     * parts of the platform").
     */
    static int[] freePorts(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                socket.setReuseAddress(true);
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("No free local ports", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // a port that cannot be closed here is still free for the platform to try
                }
            }
        }
    }

    /**
     * A port nobody listens on at this moment. Each call binds a fresh ephemeral port, so two calls give two
     * different ports unless the OS recycles one in between, which the compact constructor would catch.
     */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        }
    }
}
