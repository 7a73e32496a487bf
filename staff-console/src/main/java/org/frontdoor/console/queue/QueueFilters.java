package org.frontdoor.console.queue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The queue's filters as the GET form sends them. Only known values reach the API: anything else is no filter (a
 * hand-edited address never becomes a 400).
 *
 * @param pathway  {@code EARLY_HELP}, {@code SOCIAL_CARE}, {@code CONSULTATION} or null
 * @param locality one of the authority's locality codes, or null
 * @param assignee {@code me}, {@code unassigned}, or null (everyone's)
 */
record QueueFilters(String pathway, String locality, String assignee) {

    static final Map<String, String> PATHWAYS = Map.of(
            "EARLY_HELP", "Early help",
            "SOCIAL_CARE", "Children's social care",
            "CONSULTATION", "Consultation");
    static final List<String> PATHWAY_ORDER = List.of("EARLY_HELP", "SOCIAL_CARE", "CONSULTATION");
    static final List<String> ASSIGNEES = List.of("me", "unassigned");

    static QueueFilters of(String pathway, String locality, String assignee, List<String> localities) {
        return new QueueFilters(
                pathway != null && PATHWAYS.containsKey(pathway) ? pathway : null,
                locality != null && localities.contains(locality) ? locality : null,
                assignee != null && ASSIGNEES.contains(assignee) ? assignee : null);
    }

    public boolean any() {
        return pathway != null || locality != null || assignee != null;
    }

    static String pathwayName(String code) {
        return code == null ? "" : PATHWAYS.getOrDefault(code, code);
    }

    /** {@code SANDBACH_MIDDLEWICH_ALSAGER} → "Sandbach middlewich alsager": the code, readable. */
    static String localityName(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
