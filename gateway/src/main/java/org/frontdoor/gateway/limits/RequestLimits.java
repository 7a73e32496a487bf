package org.frontdoor.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits the gateway applies before a call reaches a service ({@code frontdoor.gateway.*}).
 *
 * @param maxApiRequestBody       the largest request body accepted on {@code /api/**}
 * @param apiRequestsPerSecond    sustained {@code /api/**} calls allowed per caller (token subject)
 * @param apiBurst                calls a caller may make at once before the sustained rate applies
 * @param partnerRequestsPerSecond sustained calls allowed per partner agency (a token with a {@code partner_id}):
 *                                 partner systems post in bulk, so they get their own, lower allowance, shared by
 *                                 every client of the same agency
 * @param partnerBurst             calls a partner agency may make at once
 */
@ConfigurationProperties("frontdoor.gateway")
public record RequestLimits(
        @DefaultValue("256KB") DataSize maxApiRequestBody,
        @DefaultValue("20") int apiRequestsPerSecond,
        @DefaultValue("50") int apiBurst,
        @DefaultValue("5") int partnerRequestsPerSecond,
        @DefaultValue("20") int partnerBurst) {

    @ConstructorBinding
    public RequestLimits {
        if (apiRequestsPerSecond < 1 || apiBurst < 1 || partnerRequestsPerSecond < 1 || partnerBurst < 1) {
            throw new IllegalArgumentException("the API and partner rates and bursts must be at least 1");
        }
    }

    /** Limits where partners get the same allowance as everyone else. */
    public RequestLimits(DataSize maxApiRequestBody, int apiRequestsPerSecond, int apiBurst) {
        this(maxApiRequestBody, apiRequestsPerSecond, apiBurst, apiRequestsPerSecond, apiBurst);
    }
}
