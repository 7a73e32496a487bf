package org.frontdoor.console.layout;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start of a person's day: their first page, or a page saying the console has nothing for their role yet. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        List<Navigation.Item> items = Person.of(authentication).map(Navigation::of).orElse(List.of());
        return items.isEmpty() ? "home" : "redirect:" + items.get(0).href();
    }

    /**
     * Where the timeout warning's script sends the browser when the idle session has ended (open: the person is no
     * longer signed in). A stale form sent after the end gets the same page, as a 403 ({@link NoAccessPage}).
     */
    @GetMapping("/session-ended")
    String sessionEnded(Model model) {
        model.addAttribute("timedOut", true);
        return NoAccessPage.SESSION_ENDED;
    }

    /** Where the identity provider sends the browser after signing out there. Open: the person is signed out. */
    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }
}
