package org.frontdoor.identity.tokens;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the Front Door claims into every access token: {@code roles} (a JSON array of role names) and,
 * for partner systems, {@code partner_id}.
 *
 * <p>With {@code client_credentials} the client <em>is</em> the principal, so both come from the
 * client's registration ({@link #ROLES_SETTING}, {@link #PARTNER_ID_SETTING}). With a browser sign-in
 * ({@code authorization_code}) they come from the signed-in user's {@code ROLE_*} authorities; the
 * browser client itself grants nothing.
 *
 * <p>The ID token of a browser sign-in carries the same {@code roles}, so a client that signs people in (the staff
 * console) shows each person the navigation of their role without reading the access token meant for the services.
 */
public final class RoleClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    /** Client setting holding the {@code List<String>} of role names of a client_credentials client. */
    public static final String ROLES_SETTING = "frontdoor.roles";
    /** Client setting holding a partner system's {@code partner_id}. */
    public static final String PARTNER_ID_SETTING = "frontdoor.partner-id";

    static final String ROLES_CLAIM = "roles";
    static final String PARTNER_ID_CLAIM = "partner_id";
    private static final String ROLE_PREFIX = "ROLE_";
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    @Override
    public void customize(JwtEncodingContext context) {
        if (ID_TOKEN.equals(context.getTokenType())) {
            context.getClaims().claim(ROLES_CLAIM, rolesOf(context.<Authentication>getPrincipal()));
            return;
        }
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            RegisteredClient client = context.getRegisteredClient();
            context.getClaims().claim(ROLES_CLAIM, rolesOf(client));
            partnerIdOf(client).ifPresent(partnerId -> context.getClaims().claim(PARTNER_ID_CLAIM, partnerId));
        } else {
            context.getClaims().claim(ROLES_CLAIM, rolesOf(context.<Authentication>getPrincipal()));
        }
    }

    private static List<String> rolesOf(RegisteredClient client) {
        Object roles = client.getClientSettings().getSetting(ROLES_SETTING);
        if (roles instanceof Collection<?> names) {
            return names.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static Optional<String> partnerIdOf(RegisteredClient client) {
        Object partnerId = client.getClientSettings().getSetting(PARTNER_ID_SETTING);
        return Optional.ofNullable(partnerId).map(String::valueOf);
    }

    private static List<String> rolesOf(Authentication user) {
        if (user == null) {
            return List.of();
        }
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .toList();
    }
}
