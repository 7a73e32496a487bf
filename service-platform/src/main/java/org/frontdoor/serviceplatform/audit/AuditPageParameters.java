package org.frontdoor.serviceplatform.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A page of an audit trail, as Spring MVC binds and checks it from the query: {@code page} from 0, {@code size} 1 to
 * {@value #MAX_SIZE} ({@value #DEFAULT_SIZE} when not given). Every parameter that is not valid is named in one 400
 * problem+json, with the rule it breaks and never the value sent ({@link QueryParametersBinding}). A bean with
 * setters rather than a record, so that one parameter Spring cannot read leaves the others bound and checked.
 */
public class AuditPageParameters {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;
    /** The last page there can be of {@link #MAX_SIZE} entries. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    static final String PAGE = "must be a whole number from 0 to " + MAX_PAGE;
    static final String SIZE = "must be a whole number from 1 to " + MAX_SIZE;

    @Min(value = 0, message = PAGE)
    @Max(value = MAX_PAGE, message = PAGE)
    private Integer page;
    @Min(value = 1, message = SIZE)
    @Max(value = MAX_SIZE, message = SIZE)
    private Integer size;

    /** @return the page asked for, 0 when none */
    public int page() {
        return page == null ? 0 : page;
    }

    /** @return the size asked for, {@value #DEFAULT_SIZE} when none */
    public int size() {
        return size == null ? DEFAULT_SIZE : size;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }
}
