package org.frontdoor.triage.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the append-only audit trail: who (opaque subject), with which roles, did what (an {@code action} code
 * and a short description naming ids only), to which records (referral ids; {@code referralId} is the one the action
 * is about, {@code null} for a list), when, and, for an administrator's break-glass read, the reason they gave.
 *
 * @param action           a code: {@code TRIAGE_RECORD_READ}, {@code QUEUE_READ}, {@code LETTERS_LIST},
 *                         {@code LETTER_READ}, {@code AUDIT_READ}, or the change made ({@code DECIDE}, {@code REVISE},
 *                         {@code REASSIGN}, ...)
 * @param records          every referral id the reader saw (the referral itself first, when there is one)
 * @param breakGlassReason why an administrator read a child's record, or {@code null} for ordinary access
 */
public record AuditEntry(String who, Set<String> roles, String action, String what, String referralId,
                         List<String> records, String breakGlassReason, Instant when) {

    public static final String TRIAGE_RECORD_READ = "TRIAGE_RECORD_READ";
    public static final String QUEUE_READ = "QUEUE_READ";
    public static final String LETTERS_LIST = "LETTERS_LIST";
    public static final String LETTER_READ = "LETTER_READ";
    public static final String AUDIT_READ = "AUDIT_READ";

    public AuditEntry {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(when, "when");
        roles = Set.copyOf(roles);
        List<String> all = new ArrayList<>();
        if (referralId != null) {
            all.add(referralId);
        }
        if (records != null) {
            records.stream().filter(id -> id != null && !all.contains(id)).forEach(all::add);
        }
        records = List.copyOf(all);
    }

    /** A change to one referral: the action is the description's first word ({@code DECIDE 3 ...} → {@code DECIDE}). */
    public AuditEntry(String who, Set<String> roles, String what, String referralId, Instant when) {
        this(who, roles, what.split(" ", 2)[0].toUpperCase(Locale.ROOT), what, referralId, List.of(), null, when);
    }

    /** A read of children's records by {@code reader}, with their break-glass reason if they gave one. */
    public static AuditEntry read(Reader reader, String action, String what, String referralId, List<String> records,
                                  Instant when) {
        return new AuditEntry(reader.who(), reader.roles(), action, what, referralId, records,
                reader.breakGlassReason(), when);
    }

    public boolean isBreakGlass() {
        return breakGlassReason != null;
    }

    /**
     * Whoever reads a record: their subject, roles, and the break-glass reason when they read as an administrator
     * without a casework role ({@code null} otherwise).
     */
    public interface Reader {

        String who();

        Set<String> roles();

        String breakGlassReason();
    }
}
