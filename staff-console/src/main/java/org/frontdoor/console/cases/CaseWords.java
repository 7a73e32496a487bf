package org.frontdoor.console.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the case pages say case-service's codes (docs/codes.md: closure reasons, judgements, agencies, Webstar roles
 * and types) and its times, in London time and GOV.UK's style ("9:30am on Thursday 3 December 2026"). An instance
 * for the templates ({@code ${words.reason(code)}}); a code the console does not know is shown as it is.
 */
public final class CaseWords {

    static final CaseWords INSTANCE = new CaseWords();
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("h:mma 'on' EEEE d MMMM yyyy", Locale.UK)
            .withZone(LONDON);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(LONDON);

    /** A choice on a form: the code sent, its words, and a hint under it (or {@code null}). */
    public record Choice(String value, String label, String hint) {

        public Choice(String value, String label) {
            this(value, label, null);
        }
    }

    static final Map<String, String> REASONS = Map.of(
            "OUTCOMES_ACHIEVED", "Outcomes achieved",
            "STEPPED_DOWN_TO_UNIVERSAL", "Stepped down to universal services",
            "STEPPED_UP_TO_SOCIAL_CARE", "Stepped up to children's social care",
            "CONSENT_WITHDRAWN", "Consent withdrawn",
            "DISENGAGED", "The family disengaged",
            "MOVED_OUT_OF_AREA", "Moved out of the area",
            "OTHER", "Other");

    /** The reasons offered on the closure form: a step-up has its own form (it records the step-up too). */
    static final List<String> CLOSURE_REASONS = List.of("OUTCOMES_ACHIEVED", "STEPPED_DOWN_TO_UNIVERSAL",
            "CONSENT_WITHDRAWN", "DISENGAGED", "MOVED_OUT_OF_AREA", "OTHER");

    static final Map<String, String> JUDGEMENTS = Map.of(
            "FULLY_ACHIEVED", "Fully achieved",
            "PARTIALLY_ACHIEVED", "Partially achieved",
            "NOT_ACHIEVED", "Not achieved");

    static final List<String> JUDGEMENT_ORDER = List.of("FULLY_ACHIEVED", "PARTIALLY_ACHIEVED", "NOT_ACHIEVED");

    static final Map<String, String> AGENCIES = Map.of(
            "SCHOOL", "School",
            "HEALTH", "Health",
            "EARLY_HELP_SERVICE", "Early help service",
            "POLICE", "Police",
            "VOLUNTARY_SECTOR", "Voluntary sector",
            "LOCAL_AUTHORITY", "Local authority",
            "OTHER", "Other");

    static final List<String> AGENCY_ORDER = List.of("EARLY_HELP_SERVICE", "SCHOOL", "HEALTH", "POLICE",
            "VOLUNTARY_SECTOR", "LOCAL_AUTHORITY", "OTHER");

    static final Map<String, String> WEBSTAR_TYPES = Map.of(
            "BASELINE", "Baseline (start of the plan)",
            "REVIEW", "Review",
            "CLOSURE", "Closure");

    static final List<String> WEBSTAR_TYPE_ORDER = List.of("BASELINE", "REVIEW", "CLOSURE");

    static final Map<String, String> ACTION_STATUSES = Map.of(
            "NOT_STARTED", "Not started",
            "IN_PROGRESS", "In progress",
            "DONE", "Done",
            "NO_LONGER_NEEDED", "No longer needed");

    static final List<String> ACTION_STATUS_ORDER = List.of("NOT_STARTED", "IN_PROGRESS", "DONE", "NO_LONGER_NEEDED");

    static final Map<String, String> ATTENDEE_ROLES = Map.of(
            "PARENT_OR_CARER", "Parent or carer",
            "CHILD_OR_YOUNG_PERSON", "Child or young person",
            "OTHER_FAMILY_MEMBER", "Other family member",
            "LEAD_PROFESSIONAL", "Lead professional",
            "PRACTITIONER", "Practitioner",
            "EARLY_HELP_SOCIAL_WORKER", "Early help social worker",
            "MANAGER", "Manager",
            "OTHER", "Other");

    static final List<String> ATTENDEE_ROLE_ORDER = List.of("PARENT_OR_CARER", "CHILD_OR_YOUNG_PERSON",
            "OTHER_FAMILY_MEMBER", "LEAD_PROFESSIONAL", "PRACTITIONER", "EARLY_HELP_SOCIAL_WORKER", "MANAGER", "OTHER");

    static final Map<String, String> GOAL_PROGRESS = Map.of(
            "ACHIEVED", "Achieved",
            "PROGRESSING", "Progressing",
            "NOT_PROGRESSING", "Not progressing");

    static final List<String> GOAL_PROGRESS_ORDER = List.of("ACHIEVED", "PROGRESSING", "NOT_PROGRESSING");

    private CaseWords() {
    }

    static List<Choice> choices(List<String> codes, Map<String, String> words) {
        return codes.stream().map(code -> new Choice(code, words.getOrDefault(code, code))).toList();
    }

    public String status(String code) {
        return code == null ? "" : switch (code) {
            case "OPEN" -> "Open";
            case "CLOSED" -> "Closed";
            default -> code;
        };
    }

    public String reason(String code) {
        return code == null ? "" : REASONS.getOrDefault(code, code);
    }

    public String judgement(String code) {
        return code == null ? "Not given" : JUDGEMENTS.getOrDefault(code, code);
    }

    public String agency(String code) {
        return code == null ? "" : AGENCIES.getOrDefault(code, code);
    }

    public String webstarType(String code) {
        return code == null ? "" : switch (code) {
            case "BASELINE" -> "Baseline";
            case "REVIEW" -> "Review";
            case "CLOSURE" -> "Closure";
            default -> code;
        };
    }

    public String memberRole(String code) {
        return code == null ? "" : switch (code) {
            case "CHILD" -> "Child";
            case "PARENT" -> "Parent or carer";
            default -> code;
        };
    }

    public String locality(String code) {
        if (code == null || code.isBlank()) {
            return "Not known";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Why a case needs attention (case-service's {@code AttentionReason}), in plain words. */
    public String attentionReason(String code) {
        return code == null ? "" : switch (code) {
            case "OPEN_TOO_LONG" -> "It has been open for more than 12 months";
            case "REVIEWED_MANY_TIMES" -> "Its plan has been reviewed 3 times or more";
            case "REVIEW_OVERDUE" -> "Its review is overdue";
            default -> code;
        };
    }

    public String actionStatus(String code) {
        return code == null ? "" : ACTION_STATUSES.getOrDefault(code, code);
    }

    /** A goal's theme, in whichever framework has it. */
    public String theme(String code) {
        return code == null ? "" : FamilyThemes.words(code);
    }

    /** A Webstar area in words, or "None" for a goal about no area. */
    public String area(String code) {
        return code == null || code.isBlank() ? "None" : WebstarTools.areaName(code);
    }

    /** An action's owner: "You", a practitioner's id and agency, or a family member's id. */
    public String owner(PlanRecord.Owner owner, String me) {
        if (owner == null) {
            return "";
        }
        return who(owner.personId(), me) + (owner.agency() == null ? "" : " (" + agency(owner.agency()) + ")");
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant).replace("AM", "am").replace("PM", "pm");
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    public String day(LocalDate date) {
        return date == null ? "Not set" : DAY.format(date);
    }

    /** "3 Dec 2026": a chart's axis has little room. */
    public String shortDay(Instant instant) {
        return instant == null ? "" : SHORT_DAY.format(instant);
    }

    /** Who did it: "You" for the signed-in person, else their identity-provider id (the services hold no names). */
    public String who(String subject, String me) {
        return subject == null ? "" : subject.equals(me) ? "You" : subject;
    }
}
