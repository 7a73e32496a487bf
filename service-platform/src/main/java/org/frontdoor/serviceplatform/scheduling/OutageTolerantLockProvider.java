package org.frontdoor.serviceplatform.scheduling;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ShedLock's lock provider, with the store's outages answered the way the platform answers them elsewhere: a run
 * whose lock cannot be asked for because the store is unreachable is skipped (the work needs the store anyway, and
 * the next run tries again), logged once by the exception's class when the outage starts and once when it ends,
 * instead of an error with a stack trace from the scheduler at every run. A release that fails leaves the lock to
 * run out at its {@code lockAtMostFor}. The locking itself is ShedLock's, unchanged.
 */
final class OutageTolerantLockProvider implements LockProvider {

    private static final Logger log = LoggerFactory.getLogger(OutageTolerantLockProvider.class);

    private final LockProvider locks;
    private final AtomicBoolean storeDown = new AtomicBoolean();

    OutageTolerantLockProvider(LockProvider locks) {
        this.locks = locks;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        Optional<SimpleLock> lock;
        try {
            lock = locks.lock(configuration);
        } catch (RuntimeException unreachable) {
            if (storeDown.compareAndSet(false, true)) {
                log.warn("Scheduled work skipped while its lock cannot be read ({}: {}); the next runs try again",
                        configuration.getName(), unreachable.getClass().getSimpleName());
            }
            return Optional.empty();
        }
        if (storeDown.compareAndSet(true, false)) {
            log.info("Scheduled work's lock can be read again ({})", configuration.getName());
        }
        return lock.map(held -> new Released(held, configuration.getName()));
    }

    /** A held lock whose release, if the store is gone meanwhile, is left to run out. */
    private record Released(SimpleLock held, String name) implements SimpleLock {

        @Override
        public void unlock() {
            try {
                held.unlock();
            } catch (RuntimeException unreachable) {
                log.warn("Lock {} not released ({}): it runs out at its lockAtMostFor", name,
                        unreachable.getClass().getSimpleName());
            }
        }

        @Override
        public Optional<SimpleLock> extend(Duration lockAtMostFor, Duration lockAtLeastFor) {
            return held.extend(lockAtMostFor, lockAtLeastFor).map(extended -> new Released(extended, name));
        }
    }
}
