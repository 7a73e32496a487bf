package org.frontdoor.outcomes.exports.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The Ofsted ILACS Annex A lists this service exports, with their columns in the published order
 * (docs/codes.md, "Ofsted ILACS Annex A").
 */
public enum AnnexAList {

    CONTACTS("list-1", "contacts", List.of("Date of Contact", "Contact Source")),
    EARLY_HELP_ASSESSMENTS("list-2", "early-help-assessments",
            List.of("Assessment start date", "Assessment completion date", "Organisation completing assessment")),
    REFERRALS("list-3", "referrals", List.of("Date of referral", "Referral Source", "Referral NFA?",
            "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker"));

    /** The columns every list starts with. */
    public static final List<String> COMMON_COLUMNS =
            List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)");

    private final String path;
    private final String slug;
    private final List<String> ownColumns;

    AnnexAList(String path, String slug, List<String> ownColumns) {
        this.path = path;
        this.slug = slug;
        this.ownColumns = ownColumns;
    }

    /** As in the URL: {@code list-1}, {@code list-2}, {@code list-3}. */
    public String path() {
        return path;
    }

    /** The name used in the audit trail: {@code ANNEX_A_LIST_1} … */
    public String auditName() {
        return "ANNEX_A_" + path.toUpperCase().replace('-', '_');
    }

    /** e.g. {@code annex-a-list-1-contacts} */
    public String fileStem() {
        return "annex-a-" + path + "-" + slug;
    }

    public List<String> columns() {
        List<String> columns = new ArrayList<>(COMMON_COLUMNS);
        columns.addAll(ownColumns);
        return List.copyOf(columns);
    }

    public static AnnexAList byPath(String path) {
        for (AnnexAList list : values()) {
            if (list.path.equals(path)) {
                return list;
            }
        }
        throw new IllegalArgumentException("Unknown Annex A list " + path);
    }
}
