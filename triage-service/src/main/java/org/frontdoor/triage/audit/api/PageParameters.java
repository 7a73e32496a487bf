package org.frontdoor.triage.audit.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.frontdoor.triage.audit.domain.AuditQuery;

/**
 * A page of the audit trail, as Spring MVC binds and checks it: {@code page} from 0, {@code size} 1 to
 * {@value AuditQuery#MAX_SIZE} ({@value AuditQuery#DEFAULT_SIZE} when not given). The break-glass list's parameters,
 * and part of the audit report's.
 */
class PageParameters {

    static final String PAGE = "must be a whole number from 0 to " + AuditQuery.MAX_PAGE;
    static final String SIZE = "must be a whole number from 1 to " + AuditQuery.MAX_SIZE;

    @Min(value = 0, message = PAGE)
    @Max(value = AuditQuery.MAX_PAGE, message = PAGE)
    private Integer page;
    @Min(value = 1, message = SIZE)
    @Max(value = AuditQuery.MAX_SIZE, message = SIZE)
    private Integer size;

    AuditQuery query() {
        return AuditQuery.of(null, null, null, null, true, page, size);
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
