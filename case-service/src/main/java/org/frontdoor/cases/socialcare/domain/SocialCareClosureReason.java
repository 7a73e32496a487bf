package org.frontdoor.cases.socialcare.domain;

/** The Children in Need census reasons a social care episode closes (RC1 to RC9). */
public enum SocialCareClosureReason {
    RC1("Adopted"),
    RC2("Died"),
    RC3("Child arrangements order"),
    RC4("Special guardianship order"),
    RC5("Transferred to another LA"),
    RC6("Transferred to adult social care"),
    RC7("Services ceased for any other reason, including child no longer in need"),
    RC8("Closed after assessment, no further action"),
    RC9("Closed after assessment, referred to early help");

    private final String meaning;

    SocialCareClosureReason(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
