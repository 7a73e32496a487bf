package org.frontdoor.outcomes.indicators.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The optional filters of a report: a locality code, a referral source code (CIN census) and a pathway. Each that is
 * set must match; none set is the whole authority. How a filter reaches each kind of indicator is {@link ReportScope}.
 */
public record ReportFilter(String locality, String sourceCode, String pathway) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null);

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
