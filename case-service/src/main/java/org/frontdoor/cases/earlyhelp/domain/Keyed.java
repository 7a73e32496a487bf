package org.frontdoor.cases.earlyhelp.domain;

/** Something a creating request made, remembered with the caller's idempotency key (if they gave one). */
public interface Keyed {

    /** @return the key it was created with, or {@code null} */
    RequestKey requestKey();
}
