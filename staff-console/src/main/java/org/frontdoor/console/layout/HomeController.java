package org.frontdoor.console.layout;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start of a person's day: their first page, or a page saying the console has nothing for their role yet. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        List<Navigation.Item> items = Person.of(authentication).map(Navigation::of).orElse(List.of());
        return items.isEmpty() ? "home" : "redirect:" + items.get(0).href();
    }

    /** Where the identity provider sends the browser after signing out there. Open: the person is signed out. */
    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }
}
