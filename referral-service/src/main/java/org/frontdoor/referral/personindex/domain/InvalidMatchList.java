package org.frontdoor.referral.personindex.domain;

import java.util.List;

/** A request for the list of possible matches that cannot be answered: each problem names a parameter, never its value. */
public class InvalidMatchList extends RuntimeException {

    /** One parameter's problem. */
    public record Problem(String parameter, String message) {
    }

    private final transient List<Problem> problems;

    public InvalidMatchList(List<Problem> problems) {
        super("Invalid possible-match list request");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
