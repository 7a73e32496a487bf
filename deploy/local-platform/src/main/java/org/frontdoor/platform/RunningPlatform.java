package org.frontdoor.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The started platform. Closing it stops everything in reverse order of starting: the apps (gateway first,
 * identity provider last), then the Kafka broker (controlled shutdown) and the document store (its file closed),
 * so the next start finds the data as it was left.
 */
public final class RunningPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningPlatform.class);

    private final PlatformSettings settings;
    private final Endpoints endpoints;
    private final DocumentStore store;
    private volatile KafkaBroker broker;
    private final Map<PlatformApp, ConfigurableApplicationContext> apps;
    private final List<PlatformApp> startOrder;
    private final Duration startupTime;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    RunningPlatform(PlatformSettings settings, Endpoints endpoints, DocumentStore store, KafkaBroker broker,
                    Map<PlatformApp, ConfigurableApplicationContext> apps, List<PlatformApp> startOrder,
                    Duration startupTime) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.store = store;
        this.broker = broker;
        Map<PlatformApp, ConfigurableApplicationContext> running = new EnumMap<>(PlatformApp.class);
        running.putAll(apps);
        this.apps = Collections.unmodifiableMap(running);
        this.startOrder = List.copyOf(startOrder);
        this.startupTime = startupTime;
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    public PlatformSettings settings() {
        return settings;
    }

    public String gatewayUrl() {
        return endpoints.gatewayUrl();
    }

    public String issuerUrl() {
        return endpoints.issuerUrl();
    }

    public String kafkaBootstrapServers() {
        return endpoints.kafkaBootstrapServers();
    }

    public String mongoUri() {
        return endpoints.mongoUri();
    }

    public String urlOf(PlatformApp app) {
        return endpoints.urlOf(app);
    }

    /** The running Spring context of one app (for tests that need to look inside). */
    public ConfigurableApplicationContext contextOf(PlatformApp app) {
        ConfigurableApplicationContext context = apps.get(app);
        if (context == null) {
            throw new IllegalArgumentException(app + " is not running on this platform");
        }
        return context;
    }

    public List<PlatformApp> apps() {
        return startOrder;
    }

    public Duration startupTime() {
        return startupTime;
    }

    /** Blocks until {@link #close()} has finished (for {@code main}: until Ctrl-C). */
    /**
     * Stops the Kafka broker alone, as a broker outage looks to the apps (their producers and consumers keep trying);
     * {@link #startBroker()} brings it back on the same port and log. For the fault tests and for trying it by hand.
     */
    synchronized void stopBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    synchronized void startBroker() {
        if (broker == null) {
            broker = KafkaBroker.start(settings.kafkaLogDirectory(), settings.ports().kafka());
        }
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            List<PlatformApp> reverse = new ArrayList<>(startOrder);
            Collections.reverse(reverse);
            stopAll(reverse, apps, broker, store);
            log.info("Front Door local platform stopped; data kept in {}", settings.dataDirectory());
        } finally {
            stopped.countDown();
        }
    }

    /**
     * Stops the given apps in the given order, then the broker, then the store. Carries on past a part that fails
     * to stop (even with an {@link Error}), so one stuck app never leaves the broker running or the store's file
     * open; the first failure is rethrown at the end with the others suppressed in it.
     */
    static void stopAll(List<PlatformApp> order, Map<PlatformApp, ConfigurableApplicationContext> apps,
                        KafkaBroker broker, DocumentStore store) {
        Throwable failure = null;
        for (PlatformApp app : order) {
            ConfigurableApplicationContext context = apps.get(app);
            if (context != null) {
                failure = attempt(app.configName(), context::close, failure);
            }
        }
        if (broker != null) {
            failure = attempt("kafka broker", broker::close, failure);
        }
        if (store != null) {
            failure = attempt("document store", store::close, failure);
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    private static Throwable attempt(String part, Runnable stop, Throwable earlier) {
        try {
            stop.run();
            return earlier;
        } catch (RuntimeException | Error e) {
            System.err.println("Stopping " + part + " failed: " + e);
            if (earlier != null) {
                earlier.addSuppressed(e);
                return earlier;
            }
            return e;
        }
    }
}
