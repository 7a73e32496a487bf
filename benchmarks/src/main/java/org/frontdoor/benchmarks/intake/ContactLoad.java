package org.frontdoor.benchmarks.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contacts as a contact officer logs them ({@code POST /api/referrals}, a fresh {@code Idempotency-Key} each), sent by
 * a number of callers at once, each as fast as the answers come (closed loop). Each contact is about a child nobody
 * has referred before (a last name of its own), so the person index enrols one child and links nothing.
 */
final class ContactLoad {

    private static final Pattern REFERRAL_ID = Pattern.compile("\"referralId\"\\s*:\\s*\"([^\"]+)\"");

    /** One block: the times of the 201s, every status seen, the wall time and the referrals made. */
    record Block(String phase, int threads, int contacts, Latencies created, Map<String, Integer> statuses,
                 long wallNanos, List<String> referralIds, double loadBefore, double loadAfter) {

        double perSecond() {
            return created.count() / (wallNanos / 1e9);
        }

        int refused() {
            return contacts - created.count();
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String tokenUrl;

    ContactLoad(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /** A token exactly as the README's curl gets one: client credentials, secret {@code demo}. */
    String token(String client) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("No token for " + client + ": " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    /**
     * {@code contacts} contacts to {@code baseUrl + /api/referrals} from {@code threads} callers; each 201 is handed to
     * {@code watch} (when not null) with the moment it arrived.
     */
    Block run(String phase, String baseUrl, String token, int contacts, int threads, TriageQueueWatch watch)
            throws Exception {
        URI uri = URI.create(baseUrl + "/api/referrals");
        Latencies created = new Latencies();
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        List<String> referralIds = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        double loadBefore = LoadAverage.oneMinute();
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int caller = 0; caller < threads; caller++) {
                running.add(callers.submit(() -> {
                    while (next.getAndIncrement() < contacts) {
                        HttpRequest request = HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", "intake-bench-" + UUID.randomUUID())
                                .POST(HttpRequest.BodyPublishers.ofString(contactBody()))
                                .build();
                        long sent = System.nanoTime();
                        HttpResponse<String> answer;
                        try {
                            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        } catch (Exception e) {
                            statuses.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                            continue;
                        }
                        long answered = System.nanoTime();
                        statuses.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
                        if (answer.statusCode() == 201) {
                            created.add((answered - sent) / 1e6);
                            Matcher id = REFERRAL_ID.matcher(answer.body());
                            if (id.find()) {
                                referralIds.add(id.group(1));
                                if (watch != null) {
                                    watch.expect(id.group(1), answered, phase + ", " + threads + (threads == 1 ? " caller" : " callers"));
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> caller : running) {
                caller.get();
            }
        } finally {
            callers.shutdown();
        }
        long wall = System.nanoTime() - started;
        return new Block(phase, threads, contacts, created, new TreeMap<>(statuses), wall, List.copyOf(referralIds),
                loadBefore, LoadAverage.oneMinute());
    }

    /**
     * {@code calls} GETs of an {@code /api/} path no route serves, from 16 callers at once: answered by the gateway
     * alone (404, or 429 when the caller's allowance is spent). Shows whether the limits given to the platform's JVM
     * reached the gateway.
     */
    Map<String, Object> probeRateLimit(String gatewayUrl, String token, int calls) throws Exception {
        return probe(gatewayUrl, token, calls);
    }

    private Map<String, Object> probe(String gatewayUrl, String token, int calls) throws Exception {
        URI uri = URI.create(gatewayUrl + "/api/intake-benchmark-rate-limit-probe");
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int caller = 0; caller < 16; caller++) {
                running.add(callers.submit(() -> {
                    while (next.getAndIncrement() < calls) {
                        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + token)
                                .GET().build(), HttpResponse.BodyHandlers.discarding());
                        statuses.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
                    }
                    return null;
                }));
            }
            for (Future<?> caller : running) {
                caller.get();
            }
        } finally {
            callers.shutdown();
        }
        Map<String, Object> result = new TreeMap<>(statuses);
        result.put("seconds", (System.nanoTime() - started) / 1e9);
        return result;
    }

    /** A school's concern about a child nobody has referred before; the same shape as the README's first walk. */
    static String contactBody() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String lastName = "Intake-" + UUID.randomUUID().toString().substring(0, 12);
        return """
                {"referrer": {"type": "PROFESSIONAL", "name": "A. Teacher", "role": "Designated safeguarding lead",
                              "organisation": "Ludlow Primary", "email": "dsl@example.org"},
                 "channel": "PHONE", "sourceCode": "2A", "pathway": "EARLY_HELP", "urgency": "ROUTINE",
                 "children": [{"firstName": "Sam", "lastName": "%s", "dateOfBirth": "2016-04-02",
                               "gender": "FEMALE",
                               "address": {"lines": ["1 Broad Street", "Ludlow"], "postcode": "SY8 1AA"}}],
                 "concerns": "Attendance has fallen to 70%% this term and Sam says things are difficult at home.",
                 "consent": {"status": "GIVEN", "givenBy": "Mother", "givenAt": "%s"},
                 "needIdentifiedAt": "%s"}
                """.formatted(lastName, now.minus(1, ChronoUnit.HOURS), now.minus(2, ChronoUnit.HOURS));
    }
}
