package org.frontdoor.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the monitoring files in {@code deploy/} honest, in the build (promtool, which also runs the rules' own unit
 * tests in {@code deploy/prometheus/tests}, is not part of it): the alert rules parse, the safety-net alerts are
 * there as the on-call expects them, Prometheus loads the rule file from where docker-compose mounts it, and every
 * metric an alert or a dashboard panel reads is one the platform exposes — a misspelt metric makes an alert that
 * can never fire. The files have no module of their own; the gateway's build checks them.
 */
class MonitoringFilesTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final Path RULES = DEPLOY.resolve("prometheus/alerts/frontdoor.rules.yml");

    /** Every metric the alerts and the dashboard may read, and where it comes from. */
    private static final Map<String, String> EXPOSED_METRICS = Map.of(
            "frontdoor_referrals_undecided_overdue", "referral-service, UndecidedOverdueGauge",
            "frontdoor_cases_drifting", "case-service, CaseAttentionGauges",
            "frontdoor_case_reviews_overdue", "case-service, CaseAttentionGauges",
            "kafka_consumer_fetch_manager_records_lag", "Micrometer's Kafka client metrics, per topic and partition",
            "kafka_consumer_fetch_manager_records_lag_max", "Micrometer's Kafka client metrics, per consumer",
            "kafka_producer_topic_record_send_total", "Micrometer's Kafka client metrics of the producers, per topic",
            "http_server_requests_seconds_count", "Spring Boot's HTTP server metrics",
            "http_server_requests_seconds_sum", "Spring Boot's HTTP server metrics",
            "jvm_memory_used_bytes", "Micrometer's JVM metrics",
            "up", "Prometheus, per scrape target");

    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "offset", "bool", "on", "ignoring",
            "group_left", "group_right", "by", "without", "inf", "nan");

    @Test
    void theSafetyNetAlertTellsTheOnCallWhatToDo() throws IOException {
        Map<String, Object> rule = alert("ReferralsUndecidedPastDeadline");

        assertThat(String.valueOf(rule.get("expr"))).contains("frontdoor_referrals_undecided_overdue").endsWith("> 0");
        assertThat(rule.get("for")).isEqualTo("15m");
        assertThat(labels(rule)).containsEntry("severity", "critical");
        assertThat(annotations(rule).get("description")).contains(
                "GET /api/referrals/undecided-overdue", "lag", "GET /api/triage/dead-letters", "POST /api/triage/rebuild");
    }

    @Test
    void consumerLagDeadLettersAndTheMissingSafetyNetAreAlertsToo() throws IOException {
        assertThat(String.valueOf(alert("KafkaConsumerLagGrowing").get("expr")))
                .contains("kafka_consumer_fetch_manager_records_lag");
        assertThat(String.valueOf(alert("DeadLettersReceived").get("expr")))
                .contains("kafka_producer_topic_record_send_total", ".dlt");
        assertThat(String.valueOf(alert("ReferralsSafetyNetMissing").get("expr")))
                .isEqualTo("absent(frontdoor_referrals_undecided_overdue)");
    }

    @Test
    void everyAlertHasASeverityASummaryAndWhatToDo() throws IOException {
        assertThat(rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(labels(rule).get("severity")).isIn("critical", "warning");
            assertThat(annotations(rule)).containsKeys("summary", "description", "runbook");
        });
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardReadIsExposed() throws IOException {
        List<String> expressions = new ArrayList<>();
        rules().forEach(rule -> expressions.add(String.valueOf(rule.get("expr"))));
        expressions.addAll(dashboardExpressions());

        Set<String> read = new LinkedHashSet<>();
        expressions.forEach(expression -> read.addAll(metricNames(expression)));

        assertThat(read).contains("frontdoor_referrals_undecided_overdue");
        assertThat(EXPOSED_METRICS.keySet()).containsAll(read);
    }

    @Test
    void theDashboardShowsTheOverdueReferrals() throws IOException {
        assertThat(dashboardExpressions()).anyMatch(expression -> expression.contains("frontdoor_referrals_undecided_overdue"));
    }

    @Test
    void prometheusLoadsTheRulesFromWhereDockerComposeMountsThem() throws IOException {
        Map<String, Object> prometheus = yaml(DEPLOY.resolve("prometheus/prometheus.yml"));
        String compose = Files.readString(DEPLOY.resolveSibling("docker-compose.yml"));

        assertThat(prometheus.get("rule_files")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("/etc/prometheus/alerts/*.yml");
        assertThat(compose).contains("./deploy/prometheus/alerts:/etc/prometheus/alerts:ro");
    }

    @Test
    void theMetricNamesOfAnExpressionAreFound() {
        assertThat(metricNames("sum by (app, topic) (increase(a_total{topic=~\".+\\\\.dlt\", x=\"up\"}[30m])) > 0 "
                + "or sum by (app) (b > 0 unless b offset 30m) and on (app) deriv(c[15m:1m]) > 1e3"))
                .containsExactly("a_total", "b", "c");
    }

    /** The metric names an expression reads: what is left once strings, label sets, ranges, functions and keywords go. */
    static Set<String> metricNames(String expression) {
        String bare = expression
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new LinkedHashSet<>();
        Matcher identifier = Pattern.compile("(?<![\\w.])([a-zA-Z_:][\\w:]*)(\\s*\\()?").matcher(bare);
        while (identifier.find()) {
            String name = identifier.group(1);
            boolean function = identifier.group(2) != null;
            if (!function && !PROMQL_WORDS.contains(name.toLowerCase()) && !name.matches("\\d.*")) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> dashboardExpressions() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build()
                .readTree(Files.readString(DEPLOY.resolve("grafana/dashboards/frontdoor-overview.json")));
        List<String> expressions = new ArrayList<>();
        dashboard.get("panels").forEach(panel -> panel.get("targets")
                .forEach(target -> expressions.add(target.get("expr").asString())));
        return expressions;
    }

    private static Map<String, Object> alert(String name) throws IOException {
        return rules().stream().filter(rule -> name.equals(rule.get("alert"))).findFirst()
                .orElseThrow(() -> new AssertionError("no alert " + name + " in " + RULES));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules() throws IOException {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) yaml(RULES).get("groups")) {
            rules.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        return rules;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> labels(Map<String, Object> rule) {
        return (Map<String, String>) rule.get("labels");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> annotations(Map<String, Object> rule) {
        return (Map<String, String>) rule.get("annotations");
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }
}
