package org.frontdoor.console.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages a person's role may use, in the order of their day. A role the console has no pages for (a system's
 * role) sees an empty navigation and a home page that says so.
 */
public final class Navigation {

    /**
     * @param section the paths this item is current on: the section itself and the pages under it
     * @param apart   the pages under this item's section that are other items'
     */
    public record Item(String label, String href, String section, List<String> apart) {

        public Item {
            apart = apart == null ? List.of() : List.copyOf(apart);
        }

        /** An item current throughout its href's first-level section ("/cases" for "/cases/…"), but for {@code apart}. */
        public Item(String label, String href, String... apart) {
            this(label, href, firstLevel(href), List.of(apart));
        }

        /** An item that is a page inside another item's section: current on its own page and those under it only. */
        static Item within(String label, String href) {
            return new Item(label, href, href, List.of());
        }

        public boolean isCurrent(String path) {
            if (path != null && apart.stream().anyMatch(other -> !other.equals(href)
                    && (path.equals(other) || path.startsWith(other + "/")))) {
                return false;
            }
            return path != null && (path.equals(href) || path.startsWith(section + "/") || path.equals(section));
        }

        private static String firstLevel(String href) {
            int second = href.indexOf('/', 1);
            return second < 0 ? href : href.substring(0, second);
        }
    }

    static final Item LOG_A_CALL = new Item("Log a call", "/calls/new");
    static final Item TRIAGE_QUEUE = new Item("Triage queue", "/queue");
    static final Item APPROVALS = new Item("Level 4 approvals", "/approvals");
    static final Item DIARY = new Item("My diary", "/diary");
    static final Item PUBLISH_A_SLOT = new Item("Publish a slot", "/slots/new");
    static final Item BOOK_A_CONSULTATION = new Item("Book a consultation", "/free-slots");
    static final Item MY_CONSULTATIONS = new Item("My consultations", "/consultations");
    static final Item PERFORMANCE = new Item("Performance", "/performance");
    static final Item MY_CASES = new Item("My cases", "/cases");
    static final Item EARLY_HELP_CASES = new Item("Early help cases", "/cases", "/cases/attention", "/cases/caseloads");
    static final Item CASES_NEEDING_ATTENTION = Item.within("Cases needing attention", "/cases/attention");
    static final Item CASELOADS = Item.within("Caseloads", "/cases/caseloads");
    static final Item UNALLOCATED_CASES = new Item("Unallocated cases", "/unallocated-cases");

    private Navigation() {
    }

    public static List<Item> of(Person person) {
        List<Item> items = new ArrayList<>();
        if (person.holds("CONTACT_OFFICER")) {
            items.add(LOG_A_CALL);
        }
        if (person.holds("TRIAGE_WORKER") || person.holds("TRIAGE_MANAGER")) {
            items.add(TRIAGE_QUEUE);
        }
        if (person.holds("TRIAGE_MANAGER")) {
            items.add(APPROVALS);
        }
        // a lead professional's day starts with their families; consultations serve the casework
        if (person.holds("PRACTITIONER") || person.holds("TRIAGE_MANAGER")) {
            items.add(person.holds("TRIAGE_MANAGER") ? EARLY_HELP_CASES : MY_CASES);
            items.add(UNALLOCATED_CASES);
        }
        if (person.holds("TRIAGE_MANAGER")) {
            items.add(CASES_NEEDING_ATTENTION);
            items.add(CASELOADS);
        }
        if (person.holds("CONSULTANT")) {
            items.add(DIARY);
            items.add(PUBLISH_A_SLOT);
        }
        if (person.holds("PRACTITIONER")) {
            items.add(BOOK_A_CONSULTATION);
            items.add(MY_CONSULTATIONS);
        }
        // outcomes-service lets performance officers and administrators read the indicators, scorecard and exports.
        if (person.holds("PERFORMANCE_ANALYST") || person.holds("ADMIN")) {
            items.add(PERFORMANCE);
        }
        return List.copyOf(items);
    }
}
