package org.frontdoor.consultation.access.domain;

/**
 * An administrator asked for a child's record without stating why (answered 403; nothing is read, nothing
 * audited as a read).
 */
public class BreakGlassRequired extends NotPermitted {

    public BreakGlassRequired() {
        super("An administrator reads a consultation only by break glass, with a stated reason that is audited");
    }
}
