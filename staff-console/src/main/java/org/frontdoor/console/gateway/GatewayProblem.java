package org.frontdoor.console.gateway;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * The gateway answered with an error. The console shows it to the person: bad input on the form (400, 422), "You
 * do not have access" (403, 404), sign in again (401), "try again later" (5xx), and so on; never a stack trace.
 * The message names only the status: a problem's text could quote a request.
 */
public final class GatewayProblem extends RuntimeException {

    private final int status;
    private final transient ApiProblem problem;

    public GatewayProblem(int status, ApiProblem problem) {
        super("the gateway answered " + status);
        this.status = status;
        this.problem = problem;
    }

    public static GatewayProblem of(ClientHttpResponse response, ObjectMapper json) throws IOException {
        int status = response.getStatusCode().value();
        ApiProblem problem;
        try (InputStream body = response.getBody()) {
            byte[] bytes = body.readNBytes(256 * 1024);
            problem = bytes.length == 0 ? ApiProblem.none(status) : json.readValue(bytes, ApiProblem.class);
        } catch (RuntimeException notJson) {
            problem = ApiProblem.none(status);
        }
        return new GatewayProblem(status, problem);
    }

    public int status() {
        return status;
    }

    public ApiProblem problem() {
        return problem;
    }

    /** 400 or 422: the request was refused for what it said; the form shows why. */
    public boolean isBadInput() {
        return status == 400 || status == 422;
    }

    /** 403 or 404: the person may not see this, or it is not there; the console does not tell the two apart. */
    public boolean isNoAccess() {
        return status == 403 || status == 404;
    }
}
