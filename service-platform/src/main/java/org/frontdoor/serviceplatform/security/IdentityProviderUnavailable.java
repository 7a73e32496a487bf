package org.frontdoor.serviceplatform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A token could not be checked because the identity provider (its discovery document or its signing keys) could not
 * be reached: the caller is not at fault and should retry shortly, so this is answered 503, not 401.
 */
public class IdentityProviderUnavailable extends AuthenticationException {

    public IdentityProviderUnavailable(Throwable cause) {
        super("The token cannot be checked: the identity provider cannot be reached", cause);
    }
}
