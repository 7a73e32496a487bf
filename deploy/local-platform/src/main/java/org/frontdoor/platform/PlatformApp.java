package org.frontdoor.platform;

import java.util.List;
import java.util.function.ToIntFunction;

import org.frontdoor.cases.CaseServiceApplication;
import org.frontdoor.console.StaffConsoleApplication;
import org.frontdoor.consultation.ConsultationServiceApplication;
import org.frontdoor.gateway.GatewayApplication;
import org.frontdoor.identity.IdentityProviderApplication;
import org.frontdoor.outcomes.OutcomesServiceApplication;
import org.frontdoor.referral.ReferralServiceApplication;
import org.frontdoor.triage.TriageServiceApplication;
import org.springframework.boot.WebApplicationType;

/** The Spring Boot apps of the platform, each run as its own application context with its own config file. */
public enum PlatformApp {

    IDENTITY_PROVIDER(IdentityProviderApplication.class, IdentityProviderApplication.CONFIG_NAME,
            WebApplicationType.SERVLET, Ports::identity),
    REFERRAL_SERVICE(ReferralServiceApplication.class, ReferralServiceApplication.CONFIG_NAME,
            WebApplicationType.SERVLET, Ports::referral),
    TRIAGE_SERVICE(TriageServiceApplication.class, TriageServiceApplication.CONFIG_NAME,
            WebApplicationType.SERVLET, Ports::triage),
    CONSULTATION_SERVICE(ConsultationServiceApplication.class, ConsultationServiceApplication.CONFIG_NAME,
            WebApplicationType.SERVLET, Ports::consultation),
    CASE_SERVICE(CaseServiceApplication.class, CaseServiceApplication.CONFIG_NAME,
            WebApplicationType.SERVLET, Ports::cases),
    OUTCOMES_SERVICE(OutcomesServiceApplication.class, OutcomesServiceApplication.CONFIG_NAME,
            WebApplicationType.SERVLET, Ports::outcomes),
    GATEWAY(GatewayApplication.class, GatewayApplication.CONFIG_NAME,
            WebApplicationType.REACTIVE, Ports::gateway),
    /** Reached through the gateway (its root), like any of the gateway's clients. */
    STAFF_CONSOLE(StaffConsoleApplication.class, StaffConsoleApplication.CONFIG_NAME,
            WebApplicationType.SERVLET, Ports::console);

    /** The five domain services: they own data, publish and consume events, and start in parallel. */
    public static final List<PlatformApp> SERVICES =
            List.of(REFERRAL_SERVICE, TRIAGE_SERVICE, CONSULTATION_SERVICE, CASE_SERVICE, OUTCOMES_SERVICE);

    /** The ways in: neither calls the other at start-up, so they start side by side once the services are up. */
    public static final List<PlatformApp> ENTRANCES = List.of(GATEWAY, STAFF_CONSOLE);

    private final Class<?> applicationClass;
    private final String configName;
    private final WebApplicationType webApplicationType;
    private final ToIntFunction<Ports> port;

    PlatformApp(Class<?> applicationClass, String configName, WebApplicationType webApplicationType,
                ToIntFunction<Ports> port) {
        this.applicationClass = applicationClass;
        this.configName = configName;
        this.webApplicationType = webApplicationType;
        this.port = port;
    }

    public Class<?> applicationClass() {
        return applicationClass;
    }

    /** Also the app's name, its consumer group and the {@code spring.config.name} of its context. */
    public String configName() {
        return configName;
    }

    public WebApplicationType webApplicationType() {
        return webApplicationType;
    }

    public int port(Ports ports) {
        return port.applyAsInt(ports);
    }

    public boolean isService() {
        return SERVICES.contains(this);
    }
}
