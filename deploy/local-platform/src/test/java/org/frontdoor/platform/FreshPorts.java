package org.frontdoor.platform;

import java.net.BindException;

import org.springframework.boot.web.server.PortInUseException;

/**
 * Starts a platform for a test on ports that were free a moment ago. Between choosing them and listening on them
 * another process (or a client connection's own port) can take one; then the platform, which stops whatever it had
 * started, is started again on new ports, at most three times. A clash is the machine's, not the platform's.
 */
final class FreshPorts {

    private static final int ATTEMPTS = 3;

    private FreshPorts() {
    }

    static RunningPlatform start(PlatformSettings settings) {
        for (int attempt = 1; ; attempt++) {
            try {
                return LocalPlatform.start(settings.withPorts(Ports.free()));
            } catch (Exception failure) {
                // Exception: the store's Netty throws its BindException undeclared
                if (attempt == ATTEMPTS || !isAPortClash(failure)) {
                    throw failure instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(failure);
                }
                System.err.println("A port was taken between choosing and listening; starting again on new ports");
            }
        }
    }

    private static boolean isAPortClash(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortInUseException || cause instanceof BindException) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isAPortClash(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
