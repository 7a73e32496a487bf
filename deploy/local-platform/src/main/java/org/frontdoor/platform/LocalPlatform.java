package org.frontdoor.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 *   <li>the document store (mongo-java-server on an H2 file) and a real Kafka broker (KRaft), then the event
 *       topics with unlimited retention; beside them, the identity provider (the services check tokens against
 *       it), which needs neither;</li>
 *   <li>the five services, in parallel: each is its own Spring context with its own config file, port, database
 *       and consumer group, sharing nothing but the JVM;</li>
 *   <li>the gateway and the staff console (which people reach through the gateway), side by side.</li>
 * </ol>
 *
 * If any part fails to start, everything already started is stopped again before the failure is thrown.
 */
public final class LocalPlatform {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

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
        ExecutorService identityStart = Executors.newSingleThreadExecutor(
                runnable -> new Thread(runnable, "platform-start-identity"));
        Future<ConfigurableApplicationContext> identityProvider = null;
        try {
            // The store and the broker start on one thread, mostly; the identity provider's context (one thread
            // too) refreshes beside them instead of after them (benchmarks/STARTUP.md).
            identityProvider = identityStart.submit(() -> run(PlatformApp.IDENTITY_PROVIDER, settings, endpoints));
            store = DocumentStore.start(settings.documentStoreFile(), settings.ports().mongo());
            log.info("Document store listening on {} ({})", store.uri(), settings.documentStoreFile());
            broker = KafkaBroker.start(settings.kafkaLogDirectory(), settings.ports().kafka());
            EventTopics.ensure(broker.bootstrapServers());
            log.info("Kafka broker listening on {} ({})", broker.bootstrapServers(), settings.kafkaLogDirectory());

            // Ready before the services start, as before: its port is bound before theirs open client sockets,
            // and the order of stopping (the apps in reverse, then the broker, then the store) is unchanged.
            Future<ConfigurableApplicationContext> starting = identityProvider;
            identityProvider = null;
            awaitIdentityProvider(starting, apps, started);
            startInParallel(PlatformApp.SERVICES, settings, endpoints, apps, started);
            startInParallel(PlatformApp.ENTRANCES, settings, endpoints, apps, started);

            Duration startupTime = Duration.ofNanos(System.nanoTime() - startedAt);
            return new RunningPlatform(settings, endpoints, store, broker, apps, started, startupTime);
        } catch (Throwable e) {
            // Throwable: some libraries (Netty) throw checked exceptions undeclared; nothing may stay half-started.
            if (identityProvider != null) {
                // Failed while it was still starting: wait for it, so that it is stopped too.
                try {
                    awaitIdentityProvider(identityProvider, apps, started);
                } catch (RuntimeException | Error alsoFailed) {
                    e.addSuppressed(alsoFailed);
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
            identityStart.shutdown();
        }
    }

    private static void awaitIdentityProvider(Future<ConfigurableApplicationContext> starting,
                                              Map<PlatformApp, ConfigurableApplicationContext> apps,
                                              List<PlatformApp> started) {
        try {
            apps.put(PlatformApp.IDENTITY_PROVIDER, starting.get());
            started.add(PlatformApp.IDENTITY_PROVIDER);
        } catch (ExecutionException e) {
            throw new IllegalStateException(PlatformApp.IDENTITY_PROVIDER.configName() + " failed to start",
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the identity provider", e);
        }
    }

    /**
     * The apps of one step do not call one another at startup, so their contexts can refresh side by side. Every one
     * is waited for, even after a failure, so none is left half-started.
     */
    private static void startInParallel(List<PlatformApp> together, PlatformSettings settings, Endpoints endpoints,
                                        Map<PlatformApp, ConfigurableApplicationContext> apps,
                                        List<PlatformApp> started) {
        ExecutorService executor = Executors.newFixedThreadPool(together.size(), runnable -> {
            Thread thread = new Thread(runnable);
            thread.setName("platform-start-" + thread.getId());
            return thread;
        });
        try {
            Map<PlatformApp, Future<ConfigurableApplicationContext>> starting = new LinkedHashMap<>();
            for (PlatformApp app : together) {
                starting.put(app, executor.submit(() -> run(app, settings, endpoints)));
            }
            RuntimeException failure = null;
            for (Map.Entry<PlatformApp, Future<ConfigurableApplicationContext>> entry : starting.entrySet()) {
                try {
                    apps.put(entry.getKey(), entry.getValue().get());
                    started.add(entry.getKey());
                } catch (ExecutionException e) {
                    RuntimeException cause = new IllegalStateException(
                            entry.getKey().configName() + " failed to start", e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while starting " + together, e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            executor.shutdown();
        }
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
