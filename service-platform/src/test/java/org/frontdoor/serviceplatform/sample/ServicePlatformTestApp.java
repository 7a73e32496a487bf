package org.frontdoor.serviceplatform.sample;

import java.time.Duration;

import org.frontdoor.serviceplatform.problems.ServiceProblems;
import org.frontdoor.serviceplatform.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
public class ServicePlatformTestApp {

    public record Concern(String childName, String text, List<String> themes, int level) {
    }

    /** A service's own exceptions, a parent and a more specific child, mapped the way a service maps them. */
    public static class ReferralProblem extends RuntimeException {
        ReferralProblem(String message) {
            super(message);
        }
    }

    public static class ReferralNotOpen extends ReferralProblem {
        final String status;

        ReferralNotOpen(String status) {
            super("Referral for Jayden Smith is " + status);
            this.status = status;
        }
    }

    public static class ReferralNotFound extends ReferralProblem {
        ReferralNotFound() {
            super("No referral for Jayden Smith");
        }
    }

    @Bean
    ServiceProblems sampleProblems() {
        return problems -> {
            problems.map(ReferralProblem.class, HttpStatus.UNPROCESSABLE_CONTENT, "referral-problem", "Referral problem");
            problems.map(ReferralNotOpen.class, HttpStatus.CONFLICT, "referral-not-open", "Referral no longer open")
                    .detail(e -> "The referral is " + e.status)
                    .property("referralStatus", e -> e.status)
                    .retryAfter(Duration.ofSeconds(7));
        };
    }

    /** The sample's own rules: the problem endpoints open, a child's record for triage only, nothing else. */
    @Bean
    AccessRules sampleAccessRules() {
        return requests -> requests
                .requestMatchers("/concerns", "/referrals/**", "/store-down", "/api/children/*", "/api/audit", "/api/period").permitAll()
                .requestMatchers(HttpMethod.GET, "/children/*").hasRole("TRIAGE_WORKER");
    }

    @RestController
    static class EchoController {

        @GetMapping("/children/{id}")
        String child(@PathVariable String id) {
            return "child";
        }

        @GetMapping("/api/children/{id}")
        String childUnderTheApi(@PathVariable String id) {
            return "child";
        }

        /** A service's own query record, with a date and a number. */
        record Period(@jakarta.validation.constraints.NotNull @org.springframework.format.annotation.DateTimeFormat(
                iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
                      @jakarta.validation.constraints.Min(1) Integer limit) {
        }

        @GetMapping("/api/period")
        String period(@jakarta.validation.Valid Period period) {
            return period.from() + " " + period.limit();
        }

        /** An audit report's query as every service binds it: what was understood, echoed back for the test. */
        @GetMapping("/api/audit")
        String audit(@jakarta.validation.Valid org.frontdoor.serviceplatform.audit.AuditReportParameters query) {
            return query.since() + " " + query.until() + " " + query.page() + " " + query.size();
        }

        @GetMapping("/unlisted")
        String unlisted() {
            return "reachable only if a rule forgot to deny it";
        }

        @PostMapping("/concerns")
        Concern accept(@RequestBody Concern concern) {
            return concern;
        }

        @PostMapping("/referrals/{id}/closure")
        void close(@PathVariable String id) {
            throw new ReferralNotOpen("CLOSED");
        }

        @PostMapping("/referrals/{id}/amendment")
        void amend(@PathVariable String id) {
            throw new ReferralNotFound();
        }

        @PostMapping("/referrals/{id}/failure")
        void fail(@PathVariable String id) {
            throw new IllegalStateException("E11000 duplicate key { name: \"Jayden Smith, born 2015-03-01\" }");
        }

        @PostMapping("/store-down")
        void storeDown() {
            throw new DataAccessResourceFailureException("Timed out after 30000 ms while waiting to connect");
        }
    }
}
