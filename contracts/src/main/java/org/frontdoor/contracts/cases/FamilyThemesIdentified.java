package org.frontdoor.contracts.cases;

import java.time.Instant;
import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * The family's needs, in a versioned family programme framework (S1).
 *
 * @param framework e.g. {@code STRENGTHENING_FAMILIES} (eligible with 2 themes) or {@code SUPPORTING_FAMILIES_2022} (3)
 */
public record FamilyThemesIdentified(
        String caseId,
        String familyId,
        Instant identifiedAt,
        String framework,
        String frameworkVersion,
        List<String> themes) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.family-themes-identified.v1";

    public FamilyThemesIdentified {
        Require.text(caseId, "caseId");
        Require.text(familyId, "familyId");
        Require.present(identifiedAt, "identifiedAt");
        Require.text(framework, "framework");
        Require.text(frameworkVersion, "frameworkVersion");
        themes = Require.nonEmpty(themes, "themes");
    }

    @Override
    public String subject() {
        return caseId;
    }

    @Override
    public Instant occurredAt() {
        return identifiedAt;
    }
}
