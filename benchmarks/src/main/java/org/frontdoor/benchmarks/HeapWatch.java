package org.frontdoor.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap of one phase: the heap pools' peak usage (reset at the start of the phase), summed over the pools. The sum
 * of per-pool peaks can overstate the true peak a little (pools peak at different moments), so the benchmark also
 * samples the heap in use while it waits.
 */
final class HeapWatch {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
            .toList();
    private long sampledPeak;

    /** Starts a phase: collects garbage left by the previous one and resets the pools' peaks. */
    void reset() {
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampledPeak = 0;
    }

    void sample() {
        sampledPeak = Math.max(sampledPeak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    long poolPeakBytes() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    long sampledPeakBytes() {
        return sampledPeak;
    }
}
