package org.frontdoor.deploy.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/network-flows.md, read as data: its HTTP table (from, to, port), and the services of its Kafka and MongoDB
 * tables. A name the page does not define makes reading fail, so the table stays one a test can check.
 */
record FlowTable(List<Row> http, List<String> kafkaClients, List<String> mongoClients) {

    static final Path PAGE = RenderedOverlay.REPOSITORY.resolve("docs/network-flows.md");

    /** The apps of service-conventions.md, and the parties the page defines outside them. */
    static final Set<String> APPS = Set.of("gateway", "referral-service", "triage-service", "consultation-service",
            "case-service", "outcomes-service", "staff-console");
    static final String INGRESS_CONTROLLER = "ingress controller";
    static final String IDENTITY_PROVIDER = "identity provider";
    static final String NOTIFY = "GOV.UK Notify";
    static final String PROMETHEUS = "Prometheus";
    static final String KUBE_DNS = "kube-dns";
    static final String EVERY_POD = "every pod of the namespace";
    static final Set<String> PARTIES = Set.of(INGRESS_CONTROLLER, IDENTITY_PROVIDER, NOTIFY, PROMETHEUS, KUBE_DNS,
            EVERY_POD);

    /** One row of the HTTP table: every name of "from" to every name of "to"; the ports the row names. */
    record Row(List<String> from, List<String> to, String port, String text) {
        List<Integer> ports() {
            List<Integer> ports = new ArrayList<>();
            Matcher number = Pattern.compile("\\d+").matcher(port);
            while (number.find()) {
                ports.add(Integer.parseInt(number.group()));
            }
            return ports;
        }
    }

    static FlowTable read() {
        try {
            List<String> lines = Files.readAllLines(PAGE);
            return new FlowTable(
                    section(lines, "## HTTP").stream().map(FlowTable::row).toList(),
                    section(lines, "## Kafka").stream().map(cells -> name(cells.get(0))).toList(),
                    section(lines, "## MongoDB").stream().map(cells -> name(cells.get(0))).toList());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + PAGE, e);
        }
    }

    /** The body rows of the first table under a heading, as cells (header and separator left out). */
    private static List<List<String>> section(List<String> lines, String heading) {
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new IllegalStateException(PAGE + " has no section " + heading);
        }
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("|")) {
                inTable = true;
                List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                        .map(String::strip).toList();
                rows.add(cells);
            } else if (inTable) {
                break;
            }
        }
        if (rows.size() < 3) {
            throw new IllegalStateException(PAGE + ": no table under " + heading);
        }
        return rows.subList(2, rows.size());
    }

    private static Row row(List<String> cells) {
        if (cells.size() != 4) {
            throw new IllegalStateException("an HTTP row has from | to | port | what for: " + cells);
        }
        return new Row(names(cells.get(0)), names(cells.get(1)), cells.get(2), String.join(" | ", cells));
    }

    private static List<String> names(String cell) {
        return Arrays.stream(cell.split(",")).map(FlowTable::name).toList();
    }

    private static String name(String raw) {
        String name = raw.strip().replace("`", "");
        if (!APPS.contains(name) && !PARTIES.contains(name)) {
            throw new IllegalStateException("docs/network-flows.md names '" + name + "', neither an app nor a party"
                    + " the page defines " + PARTIES);
        }
        return name;
    }
}
