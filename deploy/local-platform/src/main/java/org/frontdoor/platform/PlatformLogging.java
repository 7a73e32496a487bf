package org.frontdoor.platform;

import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.boot.logging.LoggingSystem;

/**
 * One logging set-up for every app in the JVM: the {@code logback.xml} of this module, loaded once.
 *
 * <p>Left to itself, each Spring context would re-initialise the shared Logback context as it starts (Spring
 * Cloud's {@code LoggingSystemShutdownListener} cleans the logging system up on every context's environment
 * event), so contexts starting side by side race each other and every line ends up printed several times. Boot's
 * logging system is therefore switched off for the platform's contexts; JDK logging (Tomcat) is bridged to SLF4J
 * by hand, as Boot would have done.
 */
final class PlatformLogging {

    private PlatformLogging() {
    }

    static synchronized void configureOnce() {
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
