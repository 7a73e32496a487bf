package org.frontdoor.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole platform in this JVM: the one code path behind both the launcher's {@code main} and the
 * end-to-end tests.
 *
 * <ol>
 *   <li>at once, side by side: the identity provider, the gateway and the staff console (they need neither the
 *       store nor the broker, and none of them calls another app while it starts: tokens are checked, routes
 *       followed and sign-in pages drawn only when asked), and on the calling thread the document store
 *       (mongo-java-server on an H2 file) and a real Kafka broker (KRaft), then the event topics with unlimited
 *       retention;</li>
 *   <li>as soon as the store and the broker are there, the five services, in parallel too: each is its own Spring
 *       context with its own config file, port, database and consumer group, sharing nothing but the JVM. (They find
 *       the identity provider's keys on their first request, not at start.)</li>
 * </ol>
 *
 * It returns once every app's context has started (is ready), never before. If any part fails to start, everything
 * already started is stopped again, after waiting for the parts still starting, before the failure is thrown.
 * Starting everything side by side rather than in three steps cut the start-up on two cores by about a third
 * (benchmarks/STARTUP.md).
 */
public final class LocalPlatform {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

    /** The apps that need neither the document store nor the broker: they start while those two do. */
    static final List<PlatformApp> WITHOUT_DATA =
            List.of(PlatformApp.IDENTITY_PROVIDER, PlatformApp.GATEWAY, PlatformApp.STAFF_CONSOLE);

    private LocalPlatform() {
    }

    public static RunningPlatform start(PlatformSettings settings) {
        long startedAt = System.nanoTime();
        PlatformLogging.configureOnce();
        Endpoints endpoints = Endpoints.of(settings.ports());
        DocumentStore store = null;
        KafkaBroker broker = null;
        Map<PlatformApp, ConfigurableApplicationContext> apps = new EnumMap<>(PlatformApp.class);
        List<PlatformApp> started = new ArrayList<>();
        Map<PlatformApp, Future<ConfigurableApplicationContext>> starting = new EnumMap<>(PlatformApp.class);
        ExecutorService executor = Executors.newFixedThreadPool(PlatformApp.values().length, runnable -> {
            Thread thread = new Thread(runnable);
            thread.setName("platform-start-" + thread.getId());
            return thread;
        });
        try {
            for (PlatformApp app : WITHOUT_DATA) {
                starting.put(app, executor.submit(() -> run(app, settings, endpoints)));
            }
            long storeFrom = System.nanoTime();
            store = DocumentStore.start(settings.documentStoreFile(), settings.ports().mongo());
            log.info("Document store listening on {} ({}), opened in {} ms", store.uri(), settings.documentStoreFile(),
                    millisSince(storeFrom));
            long brokerFrom = System.nanoTime();
            broker = KafkaBroker.start(settings.kafkaLogDirectory(), settings.ports().kafka());
            EventTopics.ensure(broker.bootstrapServers());
            log.info("Kafka broker listening on {} ({}), started in {} ms", broker.bootstrapServers(),
                    settings.kafkaLogDirectory(), millisSince(brokerFrom));
            for (PlatformApp app : PlatformApp.SERVICES) {
                starting.put(app, executor.submit(() -> run(app, settings, endpoints)));
            }
            awaitAll(starting, apps, started);

            Duration startupTime = Duration.ofNanos(System.nanoTime() - startedAt);
            return new RunningPlatform(settings, endpoints, store, broker, apps, started, startupTime);
        } catch (Throwable e) {
            // Throwable: some libraries (Netty) throw checked exceptions undeclared; nothing may stay half-started.
            try {
                awaitAll(starting, apps, started);
            } catch (RuntimeException | Error stillStarting) {
                // already counted in e, or a second failure of an app that was still starting: stopped below
                if (stillStarting != e) {
                    e.addSuppressed(stillStarting);
                }
            }
            List<PlatformApp> reverse = new ArrayList<>(started);
            Collections.reverse(reverse);
            try {
                RunningPlatform.stopAll(reverse, apps, broker, store);
            } catch (RuntimeException | Error stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        } finally {
            executor.shutdown();
        }
    }

    /**
     * Waits for every app still starting, even after one has failed, so none is left half-started; the ones that
     * started are recorded in the platform's order (identity provider first, staff console last), whichever finished
     * first, so they are stopped in the reverse of it.
     */
    private static void awaitAll(Map<PlatformApp, Future<ConfigurableApplicationContext>> starting,
                                 Map<PlatformApp, ConfigurableApplicationContext> apps, List<PlatformApp> started) {
        RuntimeException failure = null;
        boolean interrupted = false;
        for (Iterator<Map.Entry<PlatformApp, Future<ConfigurableApplicationContext>>> waiting =
                     starting.entrySet().iterator(); waiting.hasNext(); ) {
            Map.Entry<PlatformApp, Future<ConfigurableApplicationContext>> entry = waiting.next();
            PlatformApp app = entry.getKey();
            Future<ConfigurableApplicationContext> future = entry.getValue();
            waiting.remove();
            ConfigurableApplicationContext context = null;
            while (context == null) {
                try {
                    context = future.get();
                } catch (ExecutionException e) {
                    RuntimeException cause = new IllegalStateException(app.configName() + " failed to start",
                            e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                    break;
                } catch (InterruptedException e) {
                    // keep waiting: a context left starting could not be stopped
                    interrupted = true;
                }
            }
            if (context != null) {
                apps.put(app, context);
            }
        }
        started.clear();
        started.addAll(apps.keySet());
        if (interrupted) {
            Thread.currentThread().interrupt();
            if (failure == null) {
                failure = new IllegalStateException("Interrupted while starting the platform");
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }

    private static ConfigurableApplicationContext run(PlatformApp app, PlatformSettings settings, Endpoints endpoints) {
        String[] arguments = ContextProperties.asArguments(ContextProperties.of(app, settings, endpoints));
        return new SpringApplicationBuilder(app.applicationClass())
                .main(app.applicationClass())
                .web(app.webApplicationType())
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .run(arguments);
    }
}
