package org.frontdoor.console.layout;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Stay signed in" on the timeout warning: a POST (with the page's CSRF token) that does nothing but reach the
 * person's session, which restarts its 30 idle minutes. Calls no API and reads nothing: 204.
 */
@Controller
class SessionController {

    @PostMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        // Spring Security has read the session to find who is signed in: that access is what keeps it alive.
        return ResponseEntity.noContent().build();
    }
}
