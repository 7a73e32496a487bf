package org.frontdoor.outcomes.indicators.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The optional filters of a report: a locality code, a referral source code (CIN census) and a pathway. Each that is
 * set must match; none set is the whole authority. How a filter reaches each kind of indicator is {@link ReportScope}.
 */
public record ReportFilter(String locality, String sourceCode, String pathway) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null);

    private static final Set<String> PATHWAYS = Set.of("EARLY_HELP", "SOCIAL_CARE", "CONSULTATION");
    private static final Set<String> SOURCES = Set.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E",
            "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");
    private static final Pattern LOCALITY = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

    /**
     * What is wrong with the filters as asked (field name to message, in field order); empty when they are valid.
     * The one check behind every endpoint that takes them (indicators, scorecard).
     */
    public static Map<String, String> problemsWith(String locality, String source, String pathway) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (locality != null && !locality.isBlank() && !LOCALITY.matcher(locality.strip()).matches()) {
            problems.put("locality", "must be a locality code (letters, digits, - or _, at most 64)");
        }
        if (source != null && !source.isBlank() && !SOURCES.contains(source.strip())) {
            problems.put("source", "must be a CIN census referral source code (1A … 10)");
        }
        if (pathway != null && !pathway.isBlank() && !PATHWAYS.contains(pathway.strip())) {
            problems.put("pathway", "must be EARLY_HELP, SOCIAL_CARE or CONSULTATION");
        }
        return problems;
    }

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
