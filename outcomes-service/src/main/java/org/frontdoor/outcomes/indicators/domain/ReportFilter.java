package org.frontdoor.outcomes.indicators.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The optional filters of a report: a locality code, a referral source code (CIN census) and a pathway. Each that is
 * set must match; none set is the whole authority. How a filter reaches each kind of indicator is {@link ReportScope}.
 */
public record ReportFilter(String locality, String sourceCode, String pathway) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null);

    /** Blanks around a value are not part of it; a blank value is no filter (as {@link String#strip()} reads). */
    private static final String BLANKS = "\\p{javaWhitespace}*";

    /**
     * The rules of the filters as they are asked for (each a regular expression of the whole value, blanks around it
     * ignored, a blank value no filter) and what a value that breaks one is told: the one check behind every endpoint
     * that takes them (indicators, scorecard), as Bean Validation {@code @Pattern}s on their query records.
     */
    public static final String LOCALITY = BLANKS + "(?:[A-Za-z0-9_-]{1,64})?" + BLANKS;
    public static final String LOCALITY_RULE = "must be a locality code (letters, digits, - or _, at most 64)";
    /** The CIN census referral source codes. */
    public static final String SOURCE = BLANKS
            + "(?:1A|1B|1C|1D|2A|2B|3A|3B|3C|3D|3E|3F|4|5A|5B|5C|5D|6|7|8|9|10)?" + BLANKS;
    public static final String SOURCE_RULE = "must be a CIN census referral source code (1A … 10)";
    public static final String PATHWAY = BLANKS + "(?:EARLY_HELP|SOCIAL_CARE|CONSULTATION)?" + BLANKS;
    public static final String PATHWAY_RULE = "must be EARLY_HELP, SOCIAL_CARE or CONSULTATION";

    public ReportFilter {
        locality = blankToNull(locality);
        sourceCode = blankToNull(sourceCode);
        pathway = blankToNull(pathway);
    }

    public boolean isEmpty() {
        return locality == null && sourceCode == null && pathway == null;
    }

    /** A referral matches on its locality, source and pathway as last amended. */
    public boolean matches(Referral referral) {
        return (locality == null || locality.equals(referral.locality()))
                && (sourceCode == null || sourceCode.equals(referral.sourceCode()))
                && (pathway == null || pathway.equals(referral.pathway()));
    }

    /** e.g. {@code locality=NORTH, source=2A} */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (locality != null) {
            parts.add("locality=" + locality);
        }
        if (sourceCode != null) {
            parts.add("source=" + sourceCode);
        }
        if (pathway != null) {
            parts.add("pathway=" + pathway);
        }
        return String.join(", ", parts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
