package org.frontdoor.identity.config;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo identity provider ({@code frontdoor.identity.*}).
 *
 * @param swaggerRedirectUris where the browser client {@code frontdoor-swagger} may be sent back to
 * @param browserOrigins      origins whose pages may call the token endpoint from the browser (CORS)
 * @param keyDirectory        where the RSA signing key is kept across restarts; empty: a new key at every start
 * @param staffConsole        the staff console's sign-in client
 */
@ConfigurationProperties("frontdoor.identity")
public record IdentityProviderProperties(
        @DefaultValue("http://localhost:8080/swagger-ui/oauth2-redirect.html") List<String> swaggerRedirectUris,
        @DefaultValue("http://localhost:8080") List<String> browserOrigins,
        Path keyDirectory,
        @DefaultValue StaffConsole staffConsole) {

    /**
     * The staff console's client ({@code frontdoor.identity.staff-console.*}).
     *
     * @param redirectUris           where the console may be sent back to with the code
     * @param postLogoutRedirectUris where the console may be sent back to after signing out here (RP-initiated logout)
     */
    public record StaffConsole(
            @DefaultValue({"http://localhost:8080/login/oauth2/code/front-door",
                    "http://localhost:8090/login/oauth2/code/front-door"}) List<String> redirectUris,
            @DefaultValue({"http://localhost:8080/signed-out", "http://localhost:8090/signed-out"})
            List<String> postLogoutRedirectUris) {
    }
}
