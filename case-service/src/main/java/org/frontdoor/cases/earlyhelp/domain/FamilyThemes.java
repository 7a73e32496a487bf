package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The family's needs as themes of a programme framework, as last identified on the case.
 *
 * @param identifiedBy who identified them (identity-provider subject)
 */
public record FamilyThemes(String framework, String frameworkVersion, List<String> themes, Instant identifiedAt,
                           String identifiedBy) {

    public FamilyThemes {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        Objects.requireNonNull(identifiedAt, "identifiedAt");
        Objects.requireNonNull(identifiedBy, "identifiedBy");
        themes = List.copyOf(themes);
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("family themes name at least one theme");
        }
    }

    public boolean includes(String theme) {
        return themes.contains(theme);
    }

    /** Whether the same framework and themes (in any order) were identified: identifying them again is no change. */
    public boolean sameAs(String otherFramework, String otherVersion, List<String> otherThemes) {
        return framework.equals(otherFramework) && frameworkVersion.equals(otherVersion)
                && themes.size() == otherThemes.size() && themes.containsAll(otherThemes);
    }
}
