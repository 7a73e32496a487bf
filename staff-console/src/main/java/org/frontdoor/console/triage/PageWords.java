package org.frontdoor.console.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@link Words} for the templates ({@code ${words.route(code)}}): an instance, since templates call no static methods. */
public final class PageWords {

    static final PageWords INSTANCE = new PageWords();

    private PageWords() {
    }

    public String route(String code) {
        return Words.route(code);
    }

    public String primaryNeed(String code) {
        return Words.primaryNeed(code);
    }

    public String factors(List<String> codes) {
        return Words.factors(codes);
    }

    public String consent(String code) {
        return Words.consent(code);
    }

    public String status(String code) {
        return Words.status(code);
    }

    public String urgency(String code) {
        return Words.urgency(code);
    }

    public String pathway(String code) {
        return Words.pathway(code);
    }

    public String words(String code) {
        return Words.words(code);
    }

    public String when(Instant instant) {
        return Words.when(instant);
    }

    public String day(LocalDate date) {
        return Words.day(date);
    }

    public String yesNo(boolean value) {
        return Words.yesNo(value);
    }
}
