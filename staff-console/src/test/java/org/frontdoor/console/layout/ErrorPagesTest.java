package org.frontdoor.console.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A token that cannot be renewed ends the console session; a sign-in still needed is Spring Security's to start. */
class ErrorPagesTest {

    @Test
    void aTokenThatCannotBeRenewedEndsTheSessionAndTheBrowserSignsInAgain() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/queue");
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);

        var page = new ErrorPages().tokenNotRenewed(new OAuth2AuthorizationException(new OAuth2Error("invalid_grant")), request);

        assertThat(page.getViewName()).isEqualTo("redirect:/");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSignInStillNeededIsLeftToSpringSecurity() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/queue");

        assertThatThrownBy(() -> new ErrorPages().tokenNotRenewed(new ClientAuthorizationRequiredException("front-door"), request))
                .isInstanceOf(ClientAuthorizationRequiredException.class);
    }
}
