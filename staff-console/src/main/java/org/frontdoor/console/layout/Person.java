package org.frontdoor.console.layout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The signed-in person, as the header shows them: their user name ({@code sub}, what the services record as who
 * did what) and their role(s), in words.
 *
 * @param subject the token's {@code sub}: how the queue names the worker who claimed a referral
 * @param name    what the header shows (the {@code preferred_username} or {@code name} when the identity provider
 *                gives one, else the {@code sub})
 * @param roles   the role names ({@code TRIAGE_WORKER}, ...)
 */
public record Person(String subject, String name, List<String> roles) {

    private static final Map<String, String> ROLE_NAMES = Map.of(
            "CONTACT_OFFICER", "Contact officer",
            "TRIAGE_WORKER", "Triage worker",
            "TRIAGE_MANAGER", "Triage manager",
            "CONSULTANT", "Consultant social worker",
            "PRACTITIONER", "Early help practitioner",
            "PERFORMANCE_ANALYST", "Performance officer",
            "ADMIN", "Administrator");

    public static Optional<Person> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof OAuth2User user)) {
            return Optional.empty();
        }
        String subject = user instanceof OidcUser oidc ? oidc.getSubject() : user.getName();
        String name = user instanceof OidcUser oidc && oidc.getPreferredUsername() != null
                ? oidc.getPreferredUsername()
                : user instanceof OidcUser oidc && oidc.getFullName() != null ? oidc.getFullName() : subject;
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .sorted()
                .toList();
        return Optional.of(new Person(subject, name, roles));
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }

    /** "Triage worker", or "Triage worker, Triage manager" for someone holding two roles. */
    public String roleNames() {
        if (roles.isEmpty()) {
            return "No role";
        }
        return String.join(", ", roles.stream().map(role -> ROLE_NAMES.getOrDefault(role, role)).toList());
    }
}
