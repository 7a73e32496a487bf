package org.frontdoor.identity.directory;

import java.util.List;
import java.util.Optional;

/**
 * Everyone the local platform's identity provider knows, in one place.
 *
 * <p><strong>Local-only demo credentials.</strong> Every principal's secret (client secret and, for
 * people, password) is {@value #DEMO_SECRET}. They exist so the platform can be tried on a laptop; a
 * council deployment uses its own identity provider and none of these accounts.
 *
 * <p>How a principal gets a token (OAuth 2.1 has no password grant):
 * <ul>
 *   <li><em>On the command line</em> — each person is also a confidential client of the same name
 *       with the {@code client_credentials} grant:
 *       {@code curl -s -u triage-worker:demo -d grant_type=client_credentials http://localhost:9000/oauth2/token}.
 *       The {@code roles} claim comes from the client's registration.</li>
 *   <li><em>In the browser</em> — the same people sign in with a form (user name and password
 *       {@value #DEMO_SECRET}) through the public client {@value #SWAGGER_CLIENT_ID}
 *       ({@code authorization_code} with PKCE, redirecting to the gateway's Swagger UI). The
 *       {@code roles} claim comes from the signed-in user's authorities.</li>
 *   <li><em>Partner systems</em> ({@code partner-school}) are clients only, with the
 *       {@code client_credentials} grant; their token also carries {@code partner_id}.</li>
 *   <li><em>Service accounts</em> ({@code triage-service}, with {@link FrontDoorRole#REFERRER_CONTACT_READER} only:
 *       it may read a referral's referrer contact details for the outcome letter and nothing else;
 *       {@code social-care-system}, standing in for the statutory case system that sends social-care closures
 *       and step-downs) are clients only, with the {@code client_credentials} grant.</li>
 * </ul>
 */
public final class DemoDirectory {

    /** The secret and password of every demo principal. Local use only. */
    public static final String DEMO_SECRET = "demo";

    /** The public browser client used by the gateway's Swagger UI. */
    public static final String SWAGGER_CLIENT_ID = "frontdoor-swagger";

    /**
     * The staff console's client: confidential (secret {@value #DEMO_SECRET}) with PKCE required, authorization code
     * and refresh token grants. It signs the demo people in with the form and relays their own tokens to the gateway;
     * it is not a principal and gets no token of its own ({@code client_credentials} is not among its grants).
     */
    public static final String STAFF_CONSOLE_CLIENT_ID = "staff-console";

    private static final List<DemoPrincipal> PRINCIPALS = List.of(
            DemoPrincipal.person("contact-officer", FrontDoorRole.CONTACT_OFFICER),
            DemoPrincipal.person("triage-worker", FrontDoorRole.TRIAGE_WORKER),
            DemoPrincipal.person("triage-manager", FrontDoorRole.TRIAGE_MANAGER),
            DemoPrincipal.person("consultant", FrontDoorRole.CONSULTANT),
            DemoPrincipal.person("practitioner", FrontDoorRole.PRACTITIONER),
            DemoPrincipal.person("performance-analyst", FrontDoorRole.PERFORMANCE_ANALYST),
            DemoPrincipal.person("admin", FrontDoorRole.ADMIN),
            DemoPrincipal.partnerSystem("partner-school", "school-ludlow-primary"),
            DemoPrincipal.serviceAccount("triage-service", FrontDoorRole.REFERRER_CONTACT_READER),
            DemoPrincipal.serviceAccount("social-care-system", FrontDoorRole.SOCIAL_CARE_SYSTEM));

    private DemoDirectory() {
    }

    public static List<DemoPrincipal> principals() {
        return PRINCIPALS;
    }

    public static List<DemoPrincipal> people() {
        return PRINCIPALS.stream().filter(DemoPrincipal::isPerson).toList();
    }

    public static Optional<DemoPrincipal> find(String id) {
        return PRINCIPALS.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
