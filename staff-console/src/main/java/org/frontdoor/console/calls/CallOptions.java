package org.frontdoor.console.calls;

import java.util.List;

/** The answers the form offers, in the API's codes with the words a contact officer uses. */
final class CallOptions {

    record Option(String value, String label, String hint) {
        Option(String value, String label) {
            this(value, label, null);
        }
    }

    static final List<Option> REFERRER_TYPES = List.of(
            new Option("PROFESSIONAL", "A professional", "For example a teacher, GP, health visitor or police officer"),
            new Option("FAMILY_MEMBER", "A family member or carer"),
            new Option("SELF", "The child or young person"),
            new Option("PUBLIC", "A member of the public"),
            new Option("ANONYMOUS", "Someone who will not give their name"));

    /** A contact officer says how the contact arrived; PARTNER_API is only ever a partner system's. */
    static final List<Option> CHANNELS = List.of(
            new Option("PHONE", "Phone call"),
            new Option("EMAIL", "Email"),
            new Option("WEB_FORM", "Web form"));

    /** Children in Need census referral sources (docs/codes.md). */
    static final List<Option> SOURCES = List.of(
            new Option("1A", "1A: Individual – family member, relative or carer"),
            new Option("1B", "1B: Individual – acquaintance (including neighbours and child minders)"),
            new Option("1C", "1C: Individual – self"),
            new Option("1D", "1D: Individual – other (including strangers or MPs)"),
            new Option("2A", "2A: Schools"),
            new Option("2B", "2B: Education services"),
            new Option("3A", "3A: Health services – general practitioner (GP)"),
            new Option("3B", "3B: Health services – health visitor"),
            new Option("3C", "3C: Health services – school nurse"),
            new Option("3D", "3D: Health services – other primary health services"),
            new Option("3E", "3E: Health services – A&E"),
            new Option("3F", "3F: Health services – other (e.g. hospice)"),
            new Option("4", "4: Housing – LA housing or housing association"),
            new Option("5A", "5A: LA services – social care (e.g. adult social care)"),
            new Option("5B", "5B: LA services – other internal services"),
            new Option("5C", "5C: LA services – external (another LA's services)"),
            new Option("5D", "5D: LA services – early help"),
            new Option("6", "6: Police"),
            new Option("7", "7: Other legal agency – courts, probation, immigration, CAFCASS, prison"),
            new Option("8", "8: Other – children's centres, independent providers, voluntary organisations"),
            new Option("9", "9: Anonymous"),
            new Option("10", "10: Unknown"));

    static final List<Option> PATHWAYS = List.of(
            new Option("EARLY_HELP", "Early help", "Needs help below the threshold for social care; the family must consent"),
            new Option("SOCIAL_CARE", "Children's social care", "A concern for the child's welfare or safety"),
            new Option("CONSULTATION", "Consultation", "A professional wants advice"));

    static final List<Option> URGENCIES = List.of(
            new Option("IMMEDIATE_RISK", "Immediate risk of harm", "Only on the children's social care pathway"),
            new Option("PRIORITY", "Priority"),
            new Option("ROUTINE", "Routine"));

    static final List<Option> GENDERS = List.of(
            new Option("FEMALE", "Female"),
            new Option("MALE", "Male"),
            new Option("NEITHER", "Neither"),
            new Option("NOT_STATED", "Not stated or not known"));

    static final List<Option> CONSENT = List.of(
            new Option("GIVEN", "Yes, consent was given"),
            new Option("REFUSED", "No, consent was refused", "Not possible on the early help pathway"),
            new Option("NOT_SOUGHT_RISK_OF_HARM", "Not sought: asking would put the child at risk of harm",
                    "Only on the children's social care pathway"));

    private CallOptions() {
    }
}
