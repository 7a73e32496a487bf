package org.frontdoor.referral.intake.domain;

import java.util.Arrays;
import java.util.Optional;

/** Referral (contact) source: the DfE Children in Need census codes. The code is what is stored and published. */
public enum ReferralSource {
    INDIVIDUAL_FAMILY_MEMBER("1A", "Individual – family member, relative or carer"),
    INDIVIDUAL_ACQUAINTANCE("1B", "Individual – acquaintance (including neighbours and child minders)"),
    INDIVIDUAL_SELF("1C", "Individual – self"),
    INDIVIDUAL_OTHER("1D", "Individual – other (including strangers or MPs)"),
    SCHOOLS("2A", "Schools"),
    EDUCATION_SERVICES("2B", "Education services"),
    HEALTH_GP("3A", "Health services – general practitioner (GP)"),
    HEALTH_VISITOR("3B", "Health services – health visitor"),
    HEALTH_SCHOOL_NURSE("3C", "Health services – school nurse"),
    HEALTH_OTHER_PRIMARY("3D", "Health services – other primary health services"),
    HEALTH_A_AND_E("3E", "Health services – A&E"),
    HEALTH_OTHER("3F", "Health services – other (e.g. hospice)"),
    HOUSING("4", "Housing – LA housing or housing association"),
    LA_SOCIAL_CARE("5A", "LA services – social care (e.g. adult social care)"),
    LA_OTHER_INTERNAL("5B", "LA services – other internal services (not social care or early help)"),
    LA_EXTERNAL("5C", "LA services – external (another LA's services)"),
    LA_EARLY_HELP("5D", "LA services – early help"),
    POLICE("6", "Police"),
    OTHER_LEGAL_AGENCY("7", "Other legal agency – courts, probation, immigration, CAFCASS, prison"),
    OTHER("8", "Other – children's centres, independent providers, voluntary organisations"),
    ANONYMOUS("9", "Anonymous"),
    UNKNOWN("10", "Unknown");

    private final String code;
    private final String description;

    ReferralSource(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The source with this census code (exact, case-insensitive), if there is one. */
    public static Optional<ReferralSource> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values()).filter(source -> source.code.equalsIgnoreCase(wanted)).findFirst();
    }
}
