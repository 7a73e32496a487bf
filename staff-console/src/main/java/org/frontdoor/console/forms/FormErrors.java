package org.frontdoor.console.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GOV.UK's error pattern for one form (every feature's forms): the summary at the top (each message a link to its field) and the same
 * message by the field. Keyed by the input's HTML id ({@code children-0-dateOfBirth-day}).
 */
public final class FormErrors {

    /** One line of the error summary. */
    public record Item(String fieldId, String message) {

        public String href() {
            return "#" + fieldId;
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final Map<String, String> byField = new LinkedHashMap<>();

    public void add(String fieldId, String message) {
        if (message.equals(byField.get(fieldId))) {
            return;
        }
        items.add(new Item(fieldId, message));
        byField.merge(fieldId, message, (earlier, later) -> earlier + ". " + later);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public List<Item> getItems() {
        return List.copyOf(items);
    }

    /** Is there an error for this input (or, with a prefix like {@code consent-status}, for any input of it)? */
    public boolean has(String fieldId) {
        return byField.containsKey(fieldId);
    }

    /** Any error on a group of inputs (a date's day, month and year; an address). */
    public boolean hasAny(String prefix) {
        return byField.keySet().stream().anyMatch(id -> id.equals(prefix) || id.startsWith(prefix + "-"));
    }

    public String message(String fieldId) {
        return byField.get(fieldId);
    }

    /** The messages of a group of inputs, joined: a date input shows one message for its three boxes. */
    public String messageOf(String prefix) {
        return String.join(". ", byField.entrySet().stream()
                .filter(e -> e.getKey().equals(prefix) || e.getKey().startsWith(prefix + "-"))
                .map(Map.Entry::getValue)
                .toList());
    }
}
