package org.frontdoor.serviceplatform.problems;

import java.io.IOException;

/** A request body grew past the limit while it was being read (a chunked body declares no length up front). */
public class RequestBodyTooLarge extends IOException {

    public RequestBodyTooLarge(long limit) {
        super("Request body larger than " + limit + " bytes");
    }
}
