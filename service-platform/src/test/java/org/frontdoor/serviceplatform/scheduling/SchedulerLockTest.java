package org.frontdoor.serviceplatform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.bson.Document;
import org.frontdoor.testkit.EmbeddedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.frontdoor.testkit.time.MovableClock;

/**
 * Scheduled work that runs once across replicas: two application contexts, each a replica of one service with its
 * own lock provider, on ONE store (the embedded MongoDB-wire server, through the real driver and ShedLock's Mongo
 * provider: its conditional upsert on {@code _id}, the duplicate key while the lock is held, the update once it
 * has run out). Each replica's scheduler is played by the test calling the locked method at the time it would fire,
 * with ShedLock's clock moved by hand: no waiting and no wall clock.
 */
class SchedulerLockTest {

    static final String LOCK = "daily-reminders";
    static final Instant SEVEN_AM = Instant.parse("2026-03-16T07:00:00Z");

    private static final MongoClient CLIENT = MongoClients.create(EmbeddedStore.uri());
    private static final Queue<String> RUNS = new ConcurrentLinkedQueue<>();

    private final String database = "scheduling-" + UUID.randomUUID();
    private final MovableClock clock = new MovableClock(SEVEN_AM);

    @BeforeEach
    void lockClock() {
        RUNS.clear();
        DailyWork.hold = null;
        DailyWork.started = new CountDownLatch(1);
        ClockProvider.setClock(clock);
    }

    @AfterEach
    void systemClock() {
        ClockProvider.setClock(Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    private ApplicationContextRunner replica(String name) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SchedulerLockAutoConfiguration.class))
                .withBean(MongoTemplate.class, () -> new MongoTemplate(CLIENT, database))
                .withUserConfiguration(DailyWorkConfiguration.class)
                .withPropertyValues("replica=" + name);
    }

    @Test
    void aServiceWithAStoreGetsTheLockInItsOwnDatabaseAndItsLockedWorkIsProxied() {
        replica("a").run(context -> {
            assertThat(context).hasSingleBean(LockProvider.class);
            assertThat(context.getBean(LockProvider.class)).isInstanceOf(OutageTolerantLockProvider.class);
            assertThat(AopUtils.isAopProxy(context.getBean(DailyWork.class))).isTrue();

            context.getBean(DailyWork.class).remind();

            Document lock = CLIENT.getDatabase(database).getCollection("shedLock").find().first();
            assertThat(lock).isNotNull();
            assertThat(lock.getString("_id")).isEqualTo(LOCK);
            assertThat(lock.getDate("lockedAt").toInstant()).isEqualTo(SEVEN_AM);
            // released when the work ended, but not before its lockAtLeastFor
            assertThat(lock.getDate("lockUntil").toInstant()).isEqualTo(SEVEN_AM.plus(Duration.ofHours(1)));
        });
    }

    @Test
    void aServiceWithoutAStoreOrWithItsOwnLockProviderIsLeftAlone() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SchedulerLockAutoConfiguration.class))
                .withUserConfiguration(DailyWorkConfiguration.class)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(LockProvider.class);
                    assertThat(AopUtils.isAopProxy(context.getBean(DailyWork.class))).isFalse();
                });
        LockProvider own = configuration -> Optional.empty();
        replica("a").withBean("ownLockProvider", LockProvider.class, () -> own)
                .run(context -> assertThat(context.getBean(LockProvider.class)).isSameAs(own));
    }

    @Test
    void twoReplicasOnOneStoreRunTheLockedWorkOncePerPeriodAndAgainInTheNextPeriod() {
        replica("a").run(a -> replica("b").run(b -> {
            DailyWork first = a.getBean(DailyWork.class);
            DailyWork second = b.getBean(DailyWork.class);

            // 07:00 both schedulers fire; b's clock is a second behind, so it fires a second later
            first.remind();
            clock.advance(Duration.ofSeconds(1));
            second.remind();
            assertThat(RUNS).containsExactly("a");

            // still within the period (lockAtLeastFor 1 h), however the replicas' schedulers are spread
            clock.advance(Duration.ofMinutes(59));
            second.remind();
            first.remind();
            assertThat(RUNS).containsExactly("a");

            // the next day the lock has long run out: whichever replica fires first runs it, once
            clock.advance(Duration.ofDays(1));
            second.remind();
            first.remind();
            assertThat(RUNS).containsExactly("a", "b");
        }));
    }

    @Test
    void whileOneReplicaIsAtWorkTheOtherSkipsItsRunRatherThanWaiting() {
        replica("a").run(a -> replica("b").run(b -> {
            DailyWork.hold = new CountDownLatch(1);
            CompletableFuture<Void> running = CompletableFuture.runAsync(() -> a.getBean(DailyWork.class).remind());
            DailyWork.started.await(10, TimeUnit.SECONDS);

            b.getBean(DailyWork.class).remind();
            assertThat(RUNS).containsExactly("a");

            DailyWork.hold.countDown();
            running.get(10, TimeUnit.SECONDS);
            assertThat(RUNS).containsExactly("a");
        }));
    }

    @Test
    void aReplicaThatDiesHoldingTheLockHoldsItOnlyUntilLockAtMostFor() {
        replica("a").run(a -> {
            // replica a takes the lock for its run and is gone before it ends: nothing ever releases it
            Optional<SimpleLock> taken = a.getBean(LockProvider.class).lock(new LockConfiguration(
                    ClockProvider.now(), LOCK, DailyWork.LOCK_AT_MOST_FOR, Duration.ZERO));
            assertThat(taken).isPresent();
        });

        replica("b").run(b -> {
            DailyWork survivor = b.getBean(DailyWork.class);
            clock.advance(Duration.ofMinutes(1));
            survivor.remind();
            clock.advance(DailyWork.LOCK_AT_MOST_FOR.minus(Duration.ofMinutes(1)).minusMillis(1));
            survivor.remind();
            assertThat(RUNS).isEmpty();

            clock.advance(Duration.ofMillis(1));
            survivor.remind();
            assertThat(RUNS).containsExactly("b");
        });
    }

    @Test
    void whileTheStoreCannotBeReachedARunIsSkippedRatherThanFailing() {
        try (MongoClient unreachable = MongoClients.create(
                "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=200&connectTimeoutMS=200")) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(SchedulerLockAutoConfiguration.class))
                    .withBean(MongoTemplate.class, () -> new MongoTemplate(unreachable, database))
                    .withUserConfiguration(DailyWorkConfiguration.class)
                    .run(context -> {
                        DailyWork work = context.getBean(DailyWork.class);
                        work.remind();
                        work.remind();
                        assertThat(RUNS).isEmpty();
                    });
        }
    }

    /** A replica's daily work, as a scheduled reminder run would be. */
    static class DailyWork {

        static final Duration LOCK_AT_MOST_FOR = Duration.ofHours(2);
        static volatile CountDownLatch hold;
        static volatile CountDownLatch started = new CountDownLatch(1);

        private final String replica;

        DailyWork(String replica) {
            this.replica = replica;
        }

        @SchedulerLock(name = LOCK, lockAtMostFor = "2h", lockAtLeastFor = "1h")
        public void remind() {
            RUNS.add(replica);
            CountDownLatch waitFor = hold;
            if (waitFor != null) {
                started.countDown();
                try {
                    waitFor.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class DailyWorkConfiguration {

        @Bean
        DailyWork dailyWork(@Value("${replica:only}") String replica) {
            return new DailyWork(replica);
        }
    }
}
