package org.frontdoor.console.layout;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the header's person and navigation into every page's model. */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute
    void layout(Authentication authentication, HttpServletRequest request, Model model) {
        model.addAllAttributes(Layout.model(authentication, request));
    }
}
