package org.frontdoor.console.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the performance page's GET form asks for: the period as outcomes-service's scorecard reads it ({@code 2026-11},
 * {@code 2026-Q2}, {@code FY2026-27}, {@code 2026}, {@code 2026-04-01/2026-10-01}) and the optional filters. The
 * console does not read the period itself: outcomes-service does, and its refusal is shown on the form. A locality,
 * source or pathway the console does not know is no filter (a hand-edited address never becomes a 400).
 *
 * @param period   as typed (blanks around it dropped, letters in capitals: {@code fy2026-27} is {@code FY2026-27}),
 *                 or the last complete month when nothing was typed
 * @param locality one of the authority's locality codes, or null for all
 * @param source   a CIN census referral source code, or null for all
 * @param pathway  {@code EARLY_HELP}, {@code SOCIAL_CARE}, {@code CONSULTATION}, or null for all
 */
record PerformanceFilters(String period, String locality, String source, String pathway) {

    record Choice(String value, String label) {
    }

    /** The codes of docs/codes.md, in the census's order. */
    static final Map<String, String> SOURCES = ordered(
            "1A", "1A: Individual – family member, relative or carer",
            "1B", "1B: Individual – acquaintance (including neighbours and child minders)",
            "1C", "1C: Individual – self",
            "1D", "1D: Individual – other (including strangers or MPs)",
            "2A", "2A: Schools",
            "2B", "2B: Education services",
            "3A", "3A: Health services – general practitioner (GP)",
            "3B", "3B: Health services – health visitor",
            "3C", "3C: Health services – school nurse",
            "3D", "3D: Health services – other primary health services",
            "3E", "3E: Health services – A&E",
            "3F", "3F: Health services – other (e.g. hospice)",
            "4", "4: Housing – LA housing or housing association",
            "5A", "5A: LA services – social care (e.g. adult social care)",
            "5B", "5B: LA services – other internal services",
            "5C", "5C: LA services – external (another LA's services)",
            "5D", "5D: LA services – early help",
            "6", "6: Police",
            "7", "7: Other legal agency – courts, probation, immigration, CAFCASS, prison",
            "8", "8: Other – children's centres, independent providers, voluntary organisations",
            "9", "9: Anonymous",
            "10", "10: Unknown");

    static final Map<String, String> PATHWAYS = ordered(
            "EARLY_HELP", "Early help",
            "SOCIAL_CARE", "Children's social care",
            "CONSULTATION", "Consultation");

    /**
     * What every period the scorecard reads is made of, at most 21 characters ({@code 2026-04-01/2026-10-01}) with
     * room to spare: anything else is no period, and is not sent.
     */
    private static final Pattern COULD_BE_A_PERIOD = Pattern.compile("[A-Z0-9/-]{1,40}");

    static PerformanceFilters of(String period, String locality, String source, String pathway,
                                 List<String> localities, LocalDate today) {
        String typed = period == null ? "" : period.strip().toUpperCase(Locale.ROOT);
        return new PerformanceFilters(
                typed.isEmpty() ? lastCompleteMonth(today) : typed,
                locality != null && localities.contains(locality) ? locality : null,
                source != null && SOURCES.containsKey(source) ? source : null,
                pathway != null && PATHWAYS.containsKey(pathway) ? pathway : null);
    }

    /** The page opens on the last complete month (compared with the month before it): a whole month beside a whole month. */
    static String lastCompleteMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(1).toString();
    }

    /** Worth asking outcomes-service about: letters, digits, - and / only (nothing that could be anything else). */
    boolean periodCouldBeRead() {
        return COULD_BE_A_PERIOD.matcher(period).matches();
    }

    public boolean any() {
        return locality != null || source != null || pathway != null;
    }

    /** {@code /api/outcomes/scorecard?period=…&locality=…&source=…&pathway=…} */
    String scorecardUri() {
        return withFilters(UriComponentsBuilder.fromPath("/api/outcomes/scorecard").queryParam("period", period));
    }

    /**
     * {@code /api/outcomes/indicators/monthly?from=YYYY-MM&to=YYYY-MM&indicator=…} with the same filters: the figures
     * of the months from {@code first} to {@code last} (both included), one call.
     */
    String monthlyIndicatorsUri(YearMonth first, YearMonth last, String... indicators) {
        return withFilters(UriComponentsBuilder.fromPath("/api/outcomes/indicators/monthly")
                .queryParam("from", first)
                .queryParam("to", last)
                .queryParam("indicator", (Object[]) indicators));
    }

    /** This page's own address, with its period and filters. */
    String page() {
        return filtered(UriComponentsBuilder.fromPath("/performance").queryParam("period", period))
                .build().encode().toUriString();
    }

    /** The scorecard CSV's link, with this page's period and filters. */
    public String scorecardDownload() {
        return filtered(UriComponentsBuilder.fromPath("/performance/scorecard.csv").queryParam("period", period))
                .build().encode().toUriString();
    }

    /** Not encoded: the gateway's RestClient encodes what it is given (and only letters, digits, - and / are sent). */
    private String withFilters(UriComponentsBuilder uri) {
        return filtered(uri).build().toUriString();
    }

    private UriComponentsBuilder filtered(UriComponentsBuilder uri) {
        return uri.queryParamIfPresent("locality", Optional.ofNullable(locality))
                .queryParamIfPresent("source", Optional.ofNullable(source))
                .queryParamIfPresent("pathway", Optional.ofNullable(pathway));
    }

    /** "All localities, all sources, all pathways", or what was chosen, in words. */
    String inWords(Map<String, String> localityNames) {
        return String.join("; ", List.of(
                locality == null ? "all localities" : localityNames.getOrDefault(locality, locality) + " locality",
                source == null ? "all sources" : "source " + SOURCES.get(source),
                pathway == null ? "all pathways" : PATHWAYS.get(pathway) + " pathway"));
    }

    /**
     * The scorecard's refusal (400 problem+json) on the form's inputs: a period that cannot be read is named by
     * outcomes-service's own rule ("the month must be 01 to 12"), said the GOV.UK way.
     */
    static FormErrors errorsOf(ApiProblem problem) {
        FormErrors errors = new FormErrors();
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            String message = error.message() == null ? "" : error.message().strip();
            switch (field) {
                case "locality" -> errors.add("locality", "Select a locality from the list");
                case "source" -> errors.add("source", "Select a source from the list");
                case "pathway" -> errors.add("pathway", "Select a pathway from the list");
                default -> errors.add("period", periodMessage(message));
            }
        }
        if (errors.isEmpty()) {
            errors.add("period", periodMessage(""));
        }
        return errors;
    }

    static String periodMessage(String rule) {
        if (rule.startsWith("the month must be")) {
            return "The month must be 01 to 12, for example 2026-11";
        }
        if (rule.startsWith("a financial year")) {
            return "Enter a financial year with the two years it spans, for example FY2026-27";
        }
        if (rule.startsWith("the end of the range")) {
            return "The second date of a range must be after the first, for example 2026-04-01/2026-10-01";
        }
        if (rule.startsWith("a range is two dates") || rule.startsWith("is not a valid date")) {
            return "Enter a range as two real dates, for example 2026-04-01/2026-10-01";
        }
        return "Enter the period as a month, quarter, financial year, year or range of dates, for example 2026-11";
    }

    static List<Choice> choices(Map<String, String> words) {
        return words.entrySet().stream().map(entry -> new Choice(entry.getKey(), entry.getValue())).toList();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
