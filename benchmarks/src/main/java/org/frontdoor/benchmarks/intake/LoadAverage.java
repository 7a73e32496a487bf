package org.frontdoor.benchmarks.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's one-minute load average ({@code /proc/loadavg}), to say how busy it was during a run. */
final class LoadAverage {

    private LoadAverage() {
    }

    static double oneMinute() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
