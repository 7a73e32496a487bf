package org.frontdoor.cases.access.domain;

/** An administrator asked for a child's record without stating a reason to break glass ({@link BreakGlass}). */
public class BreakGlassRequired extends NotPermitted {

    public BreakGlassRequired() {
        super("Administration is not casework: an administrator reads a child's record only by break glass, with the "
                + "reason in the " + BreakGlass.HEADER + " header (" + BreakGlass.MIN_LENGTH + " to "
                + BreakGlass.MAX_LENGTH + " characters). The read is audited with the reason and shown to managers.");
    }
}
