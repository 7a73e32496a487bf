package org.frontdoor.serviceplatform.problems;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container's error page answers (a request refused before it reached a controller, e.g. a path
 * the server will not map): problem+json in service-platform's dialect, with the status only. Boot's default error
 * page would repeat the request path, and answers never repeat what the caller sent. Everything that reaches Spring
 * MVC is answered by {@link ProblemAnswers}; this is the answer for what does not.
 */
@RestController
public class ErrorPageProblems implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Problems.write(response, Problems.of(status, slugOf(status),
                status == HttpStatus.BAD_REQUEST ? Problems.INVALID_TITLE : status.getReasonPhrase(),
                status.is4xxClientError()
                        ? "The request could not be handled as sent"
                        : "The request could not be completed; nothing was recorded unless an answer said so"));
    }

    /** The slugs service-platform gives a status without a service's own type; a server fault is one slug. */
    static String slugOf(HttpStatus status) {
        if (status == HttpStatus.BAD_REQUEST) {
            return Problems.INVALID_SLUG;
        }
        if (status.is5xxServerError()) {
            return "internal-error";
        }
        return status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
