package org.frontdoor.testkit.http;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A JSON request body as a chunked request carries it: the same bytes, but no {@code Content-Length}, so a body limit
 * must count what it reads rather than trust a declared length (service-platform's {@code RequestBodyLimit}).
 */
public final class ChunkedBody {

    private ChunkedBody() {
    }

    /** The request being built, sent chunked with {@code body} as JSON. */
    public static RequestPostProcessor chunked(byte[] body) {
        return request -> {
            MockHttpServletRequest chunked = new MockHttpServletRequest(request.getServletContext(),
                    request.getMethod(), request.getRequestURI()) {
                @Override
                public long getContentLengthLong() {
                    return -1;
                }

                @Override
                public int getContentLength() {
                    return -1;
                }
            };
            chunked.setContent(body);
            chunked.setContentType(MediaType.APPLICATION_JSON_VALUE);
            chunked.addHeader("Transfer-Encoding", "chunked");
            request.getHeaderNames().asIterator().forEachRemaining(name ->
                    request.getHeaders(name).asIterator().forEachRemaining(value -> chunked.addHeader(name, value)));
            chunked.setUserPrincipal(request.getUserPrincipal());
            request.getAttributeNames().asIterator().forEachRemaining(name ->
                    chunked.setAttribute(name, request.getAttribute(name)));
            return chunked;
        };
    }
}
