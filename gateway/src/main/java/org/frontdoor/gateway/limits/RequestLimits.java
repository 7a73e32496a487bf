package org.frontdoor.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits the gateway applies before a call reaches a service ({@code frontdoor.gateway.*}).
 *
 * @param maxApiRequestBody       the largest request body accepted on {@code /api/**}
 * @param apiRequestsPerSecond    sustained {@code /api/**} calls allowed per caller (token subject)
 * @param apiBurst                calls a caller may make at once before the sustained rate applies
 */
@ConfigurationProperties("frontdoor.gateway")
public record RequestLimits(
        @DefaultValue("256KB") DataSize maxApiRequestBody,
        @DefaultValue("20") int apiRequestsPerSecond,
        @DefaultValue("50") int apiBurst) {

    public RequestLimits {
        if (apiRequestsPerSecond < 1 || apiBurst < 1) {
            throw new IllegalArgumentException("the API rate and burst must be at least 1");
        }
    }
}
