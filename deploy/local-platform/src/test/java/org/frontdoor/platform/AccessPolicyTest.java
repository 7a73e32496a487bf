package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.frontdoor.identity.directory.DemoDirectory;
import org.frontdoor.identity.directory.DemoPrincipal;
import org.frontdoor.identity.directory.FrontDoorRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access policy in {@code docs/access-policy.md} is what the platform does: the whole role × endpoint matrix,
 * walked through the gateway with a real token of every role.
 *
 * <p>The test reads the policy's tables (one row per endpoint, one column per role: {@code ✓} allowed, {@code BG}
 * administrators only by break glass, empty refused), starts the platform once on its own ports and data directory,
 * gets a token for every role from the platform's identity provider (the demo client holding that role, secret
 * {@code demo}) and calls every endpoint as every role, with placeholder ids that name nothing and an empty JSON
 * object as the body of a write. It checks authorization only:
 * <ul>
 *   <li>refused: 403 problem+json;</li>
 *   <li>allowed: neither 401 nor 403 — a 404 for the placeholder record, a 400 for the empty body, a 409 or a 422
 *       are all the service letting the caller in;</li>
 *   <li>break glass: 403 without {@code X-Break-Glass-Reason} (refused before anything is looked up, so a
 *       placeholder id is enough), neither 401 nor 403 with a reason.</li>
 * </ul>
 * It also compares the tables with every service's OpenAPI document, both ways, so the policy cannot fall behind
 * the services nor name an endpoint that is not there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessPolicyTest {

    /** The policy, from this module's directory (where Maven runs the tests). */
    static final Path POLICY = Path.of("..", "..", "docs", "access-policy.md");

    /** The services behind the gateway, by the names of their API documents ({@code /v3/api-docs/<name>}). */
    static final List<String> SERVICES = List.of(
            "referral-service", "triage-service", "consultation-service", "case-service", "outcomes-service");

    static final String BREAK_GLASS_HEADER = "X-Break-Glass-Reason";
    static final String BREAK_GLASS_REASON = "Access policy test: checking the break-glass rule";

    /** Query parameters some reads need before they look at anything (absent ones would be a 400 anyway). */
    static final Map<String, String> EXAMPLE_QUERIES = Map.of(
            "/api/cases/history", "childId=" + placeholderId(),
            "/api/outcomes/indicators", "from=2026-04-01&to=2027-04-01",
            "/api/outcomes/indicators/monthly", "from=2026-04&to=2027-03&indicator=T1&indicator=E6",
            "/api/outcomes/scorecard", "period=FY2026-27");

    /** Path variables that are not ids: a real-looking value, so the call fails on the record, not on its shape. */
    static final Map<String, String> EXAMPLE_PATH_VALUES = Map.of(
            "topic", "frontdoor.referrals.v1",
            "partition", "0",
            "offset", "999999999",
            "list", "list-1");

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    /** The columns of a policy table that are not roles. */
    private static final Set<String> DESCRIPTIVE_COLUMNS = Set.of("Method", "Path", "What it is");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Access { ALLOWED, BREAK_GLASS, REFUSED }

    /** One row of the policy: an endpoint and what each role may do with it. */
    record Rule(String method, String path, Map<FrontDoorRole, Access> access) {

        String endpoint() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return endpoint();
        }
    }

    @TempDir
    static Path data;

    private RunningPlatform platform;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<FrontDoorRole, String> tokens = new EnumMap<>(FrontDoorRole.class);

    @BeforeAll
    void startThePlatformAndSignEveryRoleIn() throws Exception {
        platform = FreshPorts.start(new PlatformSettings(data, Ports.free()));
        for (FrontDoorRole role : FrontDoorRole.values()) {
            tokens.put(role, tokenFor(principalHolding(role)));
        }
    }

    @AfterAll
    void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    static List<Rule> rules() throws IOException {
        return readPolicy(Files.readAllLines(POLICY, StandardCharsets.UTF_8));
    }

    @Test
    void thePolicyHasEveryRoleAsAColumnAndEveryEndpointOnce() throws IOException {
        List<Rule> rules = rules();

        assertThat(rules).as("rows in %s", POLICY).isNotEmpty();
        assertThat(rules).extracting(Rule::endpoint).doesNotHaveDuplicates();
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.access().keySet()).as(rule.endpoint()).containsExactlyInAnyOrder(FrontDoorRole.values());
            assertThat(rule.path()).as(rule.endpoint()).startsWith("/api/");
        });
        Set<FrontDoorRole> allowedSomething = rules.stream()
                .flatMap(rule -> rule.access().entrySet().stream())
                .filter(cell -> cell.getValue() != Access.REFUSED)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(allowedSomething).as("roles allowed at least one endpoint").containsExactlyInAnyOrder(FrontDoorRole.values());
    }

    @Test
    void everyEndpointOfTheServicesHasARowAndEveryRowIsAnEndpoint() throws Exception {
        Set<String> documented = new TreeSet<>();
        for (String service : SERVICES) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                            URI.create(platform.gatewayUrl() + "/v3/api-docs/" + service))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("API document of %s: %s", service, answer.body()).isEqualTo(200);
            JSON.readTree(answer.body()).path("paths").properties().forEach(path -> {
                if (path.getKey().startsWith("/api/")) {
                    path.getValue().propertyNames().stream()
                            .map(method -> method.toUpperCase(Locale.ROOT))
                            .filter(HTTP_METHODS::contains)
                            .forEach(method -> documented.add(method + " " + shapeOf(path.getKey())));
                }
            });
        }
        Set<String> inThePolicy = rules().stream()
                .map(rule -> rule.method() + " " + shapeOf(rule.path()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(documented).as("endpoints the services offer").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(difference(documented, inThePolicy))
                .as("endpoints the services offer with no row in %s", POLICY).isEmpty();
        softly.assertThat(difference(inThePolicy, documented))
                .as("rows of %s that no service offers", POLICY).isEmpty();
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRoleMayDoExactlyWhatThePolicySays(Rule rule) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<FrontDoorRole, Access> cell : rule.access().entrySet()) {
            FrontDoorRole role = cell.getKey();
            HttpResponse<String> answer = call(rule, role, false);
            String as = rule.endpoint() + " as " + role + " (policy: " + cell.getValue() + ")";
            switch (cell.getValue()) {
                case REFUSED -> {
                    softly.assertThat(answer.statusCode()).as(as + ": " + answer.body()).isEqualTo(403);
                    softly.assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                            .as(as + ": the refusal's content type").startsWith("application/problem+json");
                }
                case ALLOWED -> softly.assertThat(answer.statusCode()).as(as + ": " + answer.body())
                        .isNotIn(401, 403);
                case BREAK_GLASS -> {
                    softly.assertThat(answer.statusCode()).as(as + ", without a reason: " + answer.body())
                            .isEqualTo(403);
                    HttpResponse<String> withReason = call(rule, role, true);
                    softly.assertThat(withReason.statusCode()).as(as + ", with a reason: " + withReason.body())
                            .isNotIn(401, 403);
                }
            }
        }
        softly.assertAll();
    }

    /** The rows of every table whose header has the columns Method and Path; the role columns are named by role. */
    static List<Rule> readPolicy(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        List<String> header = null;
        boolean separatorSeen = false;
        for (String line : lines) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("|")) {
                header = null;
                continue;
            }
            List<String> cells = cellsOf(trimmed);
            if (header == null) {
                if (cells.contains("Method") && cells.contains("Path")) {
                    header = cells;
                    separatorSeen = false;
                } else {
                    header = List.of();
                }
                continue;
            }
            if (header.isEmpty()) {
                continue;
            }
            if (!separatorSeen) {
                separatorSeen = true;
                continue;
            }
            rules.add(ruleOf(header, cells, line));
        }
        return rules;
    }

    private static Rule ruleOf(List<String> header, List<String> cells, String line) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("a row with " + cells.size() + " cells under a header of "
                    + header.size() + ": " + line);
        }
        String method = cells.get(header.indexOf("Method"));
        String path = cells.get(header.indexOf("Path"));
        if (!HTTP_METHODS.contains(method)) {
            throw new IllegalArgumentException("not an HTTP method: " + line);
        }
        Map<FrontDoorRole, Access> access = new LinkedHashMap<>();
        for (int column = 0; column < header.size(); column++) {
            if (DESCRIPTIVE_COLUMNS.contains(header.get(column))) {
                continue;
            }
            FrontDoorRole role = roleNamed(header.get(column));
            Access cell = switch (cells.get(column)) {
                case "✓" -> Access.ALLOWED;
                case "BG" -> Access.BREAK_GLASS;
                case "" -> Access.REFUSED;
                default -> throw new IllegalArgumentException("a cell is ✓, BG or empty, not '" + cells.get(column)
                        + "': " + line);
            };
            if (cell == Access.BREAK_GLASS && role != FrontDoorRole.ADMIN) {
                throw new IllegalArgumentException("break glass is for ADMIN only: " + line);
            }
            access.put(role, cell);
        }
        return new Rule(method, path, access);
    }

    private static List<String> cellsOf(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        return Arrays.stream(inner.split("\\|", -1))
                .map(cell -> cell.strip().replace("`", ""))
                .toList();
    }

    /** Every other column of a policy table is a role the identity provider knows. */
    private static FrontDoorRole roleNamed(String column) {
        return Arrays.stream(FrontDoorRole.values()).filter(role -> role.name().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the column '" + column
                        + "' is not a role of the identity provider's FrontDoorRole"));
    }

    /** A path with its variables blank ({@code /api/cases/{}}), as a policy row and an API document both write it. */
    static String shapeOf(String path) {
        return PATH_VARIABLE.matcher(path).replaceAll("{}");
    }

    /** The path with a placeholder for each variable, and the example query the endpoint needs if any. */
    static String concrete(String path) {
        Matcher variable = PATH_VARIABLE.matcher(path);
        StringBuilder concrete = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(concrete, Matcher.quoteReplacement(
                    EXAMPLE_PATH_VALUES.getOrDefault(variable.group(1), placeholderId())));
        }
        variable.appendTail(concrete);
        String query = EXAMPLE_QUERIES.get(path);
        return query == null ? concrete.toString() : concrete + "?" + query;
    }

    /** Well-formed like every id the services hand out, and naming nothing. */
    private static String placeholderId() {
        return UUID.randomUUID().toString();
    }

    private HttpResponse<String> call(Rule rule, FrontDoorRole role, boolean breakGlass) throws Exception {
        boolean write = !rule.method().equals("GET");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + concrete(rule.path())))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.get(role))
                .header("Accept", "*/*")
                .method(rule.method(), write
                        ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
        if (write) {
            request.header("Content-Type", "application/json")
                    .header("Idempotency-Key", "access-policy-" + UUID.randomUUID());
        }
        if (breakGlass) {
            request.header(BREAK_GLASS_HEADER, BREAK_GLASS_REASON);
        }
        return sendWithinTheGatewaysRateLimit(request.build());
    }

    /** Each role makes one call per row: past its burst allowance the gateway answers 429 with a wait; wait and retry. */
    private HttpResponse<String> sendWithinTheGatewaysRateLimit(HttpRequest request) throws Exception {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 429 || attempt == 30) {
                return answer;
            }
            long seconds = answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            Thread.sleep(Math.max(1, seconds) * 1000);
        }
    }

    private static DemoPrincipal principalHolding(FrontDoorRole role) {
        return DemoDirectory.principals().stream().filter(principal -> principal.role() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo principal holds " + role));
    }

    private String tokenFor(DemoPrincipal principal) throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                (principal.id() + ":" + DemoDirectory.DEMO_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(platform.issuerUrl() + "/oauth2/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("token for %s: %s", principal.id(), answer.body()).isEqualTo(200);
        JsonNode token = JSON.readTree(answer.body());
        return token.path("access_token").asString();
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> left = new LinkedHashSet<>(these);
        left.removeAll(those);
        return left;
    }
}
