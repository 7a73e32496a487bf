package org.frontdoor.referral.intake.domain;

/** The DfE ethnicity codes (CIN census, Ofsted Annex A); the constant name is the code that is stored and published. */
public enum Ethnicity {
    WBRI("White British"),
    WIRI("White Irish"),
    WIRT("Traveller of Irish heritage"),
    WOTH("Any other White background"),
    WROM("Gypsy / Roma"),
    MWBC("White and Black Caribbean"),
    MWBA("White and Black African"),
    MWAS("White and Asian"),
    MOTH("Any other mixed background"),
    AIND("Indian"),
    APKN("Pakistani"),
    ABAN("Bangladeshi"),
    AOTH("Any other Asian background"),
    BCRB("Black Caribbean"),
    BAFR("Black African"),
    BOTH("Any other Black background"),
    CHNE("Chinese"),
    OOTH("Any other ethnic group"),
    REFU("Refused"),
    NOBT("Information not yet obtained");

    private final String description;

    Ethnicity(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
