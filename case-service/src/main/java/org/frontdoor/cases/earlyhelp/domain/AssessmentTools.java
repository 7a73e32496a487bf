package org.frontdoor.cases.earlyhelp.domain;

import java.util.Objects;

/**
 * The tools this authority uses: one for the family's star, one for a child's or a parent's individual star.
 * Configuration; the defaults are the seeds' Family and Individual Webstar.
 */
public record AssessmentTools(AssessmentTool family, AssessmentTool individual) {

    public static final AssessmentTools DEFAULTS =
            new AssessmentTools(AssessmentTool.FAMILY_WEBSTAR, AssessmentTool.INDIVIDUAL_WEBSTAR);

    public AssessmentTools {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(individual, "individual");
    }

    public AssessmentTool forRole(WebstarRole role) {
        return role == WebstarRole.FAMILY ? family : individual;
    }
}
