package org.frontdoor.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Deployment of both overlays: Spring's health groups as its probes, a graceful stop, requests and limits, the
 * restricted security context, its own ServiceAccount with no token, and the connections of the conventions.
 */
class DeploymentsTest {

    static final Set<String> APPS = FlowTable.APPS;
    static final Set<String> KAFKA_AND_MONGODB_SERVICES = Set.of("referral-service", "triage-service",
            "consultation-service", "case-service", "outcomes-service");
    static final Map<String, String> DATABASES = Map.of("referral-service", "referrals", "triage-service", "triage",
            "consultation-service", "consultations", "case-service", "cases", "outcomes-service", "outcomes");

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_app_has_a_deployment_and_a_service_of_its_name(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);

        assertThat(rendered.all(Deployment.class)).extracting(d -> d.getMetadata().getName()).containsAll(APPS);
        assertThat(rendered.all(Service.class)).extracting(s -> s.getMetadata().getName()).containsAll(APPS);
        assertThat(rendered.all(Deployment.class)).allSatisfy(deployment -> assertThat(
                deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/name", deployment.getMetadata().getName())
                .containsEntry("app.kubernetes.io/part-of", "front-door"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_deployment_is_probed_on_springs_health_groups_at_its_service_port(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);
        Map<String, Integer> servicePorts = rendered.all(Service.class).stream().collect(Collectors.toMap(
                s -> s.getMetadata().getName(), s -> s.getSpec().getPorts().get(0).getPort()));

        assertThat(rendered.all(Deployment.class)).isNotEmpty().allSatisfy(deployment -> {
            String app = deployment.getMetadata().getName();
            Container container = onlyContainer(deployment);
            assertThat(container.getPorts()).filteredOn(port -> port.getName().equals("http")).singleElement()
                    .satisfies(port -> assertThat(port.getContainerPort()).as(app).isEqualTo(servicePorts.get(app)));
            // the actuator is on the app's port, or on a port of its own named "management" (the gateway's, which
            // the Ingress never reaches)
            assertThat(container.getPorts()).extracting(port -> port.getName()).as(app)
                    .isSubsetOf("http", "management");
            String actuator = actuatorPort(container);
            assertProbe(container.getReadinessProbe(), "/actuator/health/readiness", actuator, app + " readiness");
            assertProbe(container.getLivenessProbe(), "/actuator/health/liveness", actuator, app + " liveness");
            assertProbe(container.getStartupProbe(), "/actuator/health/liveness", actuator, app + " startup");
            assertThat(container.getStartupProbe().getFailureThreshold() * container.getStartupProbe().getPeriodSeconds())
                    .as("%s: seconds to start before liveness counts", app).isGreaterThanOrEqualTo(120);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_deployment_stops_gracefully_after_leaving_its_service(String overlay) {
        assertThat(Overlays.rendered(overlay).all(Deployment.class)).allSatisfy(deployment -> {
            String app = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = onlyContainer(deployment);
            assertThat(container.getLifecycle()).as("%s preStop", app).isNotNull();
            assertThat(container.getLifecycle().getPreStop().getSleep()).as("%s preStop sleep", app).isNotNull();
            long sleep = container.getLifecycle().getPreStop().getSleep().getSeconds();
            assertThat(sleep).as(app).isBetween(5L, 15L);
            // Boot's graceful shutdown waits up to 30 s (spring.lifecycle.timeout-per-shutdown-phase) after the sleep
            assertThat(pod.getTerminationGracePeriodSeconds()).as(app).isGreaterThan(sleep + 30);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_deployment_has_requests_and_limits(String overlay) {
        assertThat(Overlays.rendered(overlay).all(Deployment.class)).allSatisfy(deployment -> {
            var resources = onlyContainer(deployment).getResources();
            String app = deployment.getMetadata().getName();
            assertThat(resources.getRequests()).as(app).containsKeys("cpu", "memory");
            assertThat(resources.getLimits()).as(app).containsKeys("cpu", "memory");
            // the heap is a percentage of the limit: a request below it would let the node promise memory it lacks
            assertThat(resources.getLimits().get("memory")).as(app).isEqualTo(resources.getRequests().get("memory"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_deployment_runs_restricted(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);
        Set<String> accounts = rendered.all(ServiceAccount.class).stream()
                .filter(account -> Boolean.FALSE.equals(account.getAutomountServiceAccountToken()))
                .map(account -> account.getMetadata().getName()).collect(Collectors.toSet());

        assertThat(rendered.all(Deployment.class)).allSatisfy(deployment -> {
            String app = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getAutomountServiceAccountToken()).as(app).isFalse();
            assertThat(pod.getServiceAccountName()).as("%s has its own ServiceAccount, no token", app)
                    .isEqualTo(app).isIn(accounts);
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(app).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as(app).isPositive();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(app).isEqualTo("RuntimeDefault");
            var container = onlyContainer(deployment).getSecurityContext();
            assertThat(container.getAllowPrivilegeEscalation()).as(app).isFalse();
            assertThat(container.getReadOnlyRootFilesystem()).as(app).isTrue();
            assertThat(container.getCapabilities().getDrop()).as(app).containsExactly("ALL");
            assertThat(container.getCapabilities().getAdd()).as(app).isNullOrEmpty();
            assertThat(container.getPrivileged()).as(app).isNotEqualTo(Boolean.TRUE);
            // the root filesystem is read-only: /tmp is an emptyDir
            String tmp = onlyContainer(deployment).getVolumeMounts().stream()
                    .filter(mount -> mount.getMountPath().equals("/tmp")).map(mount -> mount.getName())
                    .findFirst().orElseThrow(() -> new AssertionError(app + " mounts nothing at /tmp"));
            assertThat(pod.getVolumes()).filteredOn(volume -> volume.getName().equals(tmp))
                    .singleElement().satisfies(volume -> assertThat(volume.getEmptyDir()).as(app).isNotNull());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_image_is_the_apps_own_with_the_overlays_one_tag(String overlay) {
        List<Deployment> deployments = Overlays.rendered(overlay).all(Deployment.class);

        assertThat(deployments).allSatisfy(deployment -> assertThat(onlyContainer(deployment).getImage())
                .startsWith("frontdoor/" + deployment.getMetadata().getName() + ":"));
        assertThat(deployments.stream().map(d -> onlyContainer(d).getImage().replaceFirst("^[^:]*:", ""))
                .collect(Collectors.toSet())).as("one tag for the release").hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void the_services_reach_kafka_over_scram_and_tls_and_mongodb_with_majority_journaled_writes(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);
        for (String service : KAFKA_AND_MONGODB_SERVICES) {
            Deployment deployment = deployment(rendered, service);
            Container container = onlyContainer(deployment);
            Map<String, String> settings = settings(rendered, container);
            assertThat(settings).as(service)
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "front-door-kafka-kafka-bootstrap:9093")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_TYPE", "PEM");
            EnvVar jaas = env(container, "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
            assertThat(jaas.getValueFrom().getSecretKeyRef().getName()).isEqualTo(service);
            assertThat(jaas.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("sasl.jaas.config");
            // the truststore is the cluster CA's certificate, mounted read-only where the setting points
            String truststore = settings.get("SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_LOCATION");
            var mount = container.getVolumeMounts().stream()
                    .filter(m -> truststore.startsWith(m.getMountPath() + "/")).findFirst().orElseThrow();
            assertThat(mount.getReadOnly()).isTrue();
            assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes())
                    .filteredOn(volume -> volume.getName().equals(mount.getName())).singleElement()
                    .satisfies(volume -> {
                        assertThat(volume.getSecret().getSecretName()).isEqualTo("front-door-kafka-cluster-ca-cert");
                        assertThat(truststore).endsWith("/" + volume.getSecret().getItems().get(0).getPath());
                        assertThat(volume.getSecret().getItems().get(0).getKey()).isEqualTo("ca.crt");
                    });

            List<String> names = container.getEnv().stream().map(EnvVar::getName).toList();
            assertThat(names.indexOf("MONGODB_PASSWORD")).as("%s: the password before the URI that uses it", service)
                    .isNotNegative().isLessThan(names.indexOf("SPRING_MONGODB_URI"));
            assertThat(env(container, "MONGODB_PASSWORD").getValueFrom().getSecretKeyRef().getName())
                    .isEqualTo(service + "-mongodb");
            assertThat(env(container, "SPRING_MONGODB_URI").getValue())
                    .startsWith("mongodb://" + service + ":$(MONGODB_PASSWORD)@front-door-mongodb-svc.")
                    .contains(":27017/" + DATABASES.get(service) + "?")
                    .contains("replicaSet=front-door-mongodb", "authSource=admin", "w=majority", "journal=true");
        }
        for (String app : Set.of("gateway", "staff-console")) {
            assertThat(onlyContainer(deployment(rendered, app)).getEnv()).extracting(EnvVar::getName)
                    .as("%s has neither Kafka nor a database", app)
                    .doesNotContain("SPRING_MONGODB_URI", "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void identity_and_secrets_come_from_where_the_council_puts_them(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);
        for (String app : APPS) {
            assertThat(env(onlyContainer(deployment(rendered, app)), "FRONTDOOR_ISSUER_URI").getValueFrom()
                    .getConfigMapKeyRef().getName()).as(app).isEqualTo("front-door-identity");
        }
        assertThat(env(onlyContainer(deployment(rendered, "staff-console")), "STAFF_CONSOLE_CLIENT_SECRET")
                .getValueFrom().getSecretKeyRef().getName()).isEqualTo("staff-console-oidc");
        for (String app : Set.of("triage-service", "case-service")) {
            assertThat(onlyContainer(deployment(rendered, app)).getEnv())
                    .filteredOn(env -> env.getName().startsWith("NOTIFY_")).hasSize(2)
                    .allSatisfy(env -> {
                        assertThat(env.getValueFrom().getSecretKeyRef().getName()).isEqualTo("notify");
                        assertThat(env.getValueFrom().getSecretKeyRef().getOptional()).isTrue();
                    });
        }
        Map<String, String> triage = settings(rendered, onlyContainer(deployment(rendered, "triage-service")));
        assertThat(triage).containsEntry("TRIAGE_REFERRAL_SERVICE_URL", "http://referral-service:8081")
                .containsEntry("TRIAGE_CASE_SERVICE_URL", "http://case-service:8084");
    }

    static Deployment deployment(RenderedOverlay rendered, String app) {
        return rendered.all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(app))
                .findFirst().orElseThrow(() -> new AssertionError("no Deployment " + app));
    }

    static Container onlyContainer(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as(deployment.getMetadata().getName()).hasSize(1);
        return containers.get(0);
    }

    private static EnvVar env(Container container, String name) {
        return container.getEnv().stream().filter(env -> env.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no env " + name));
    }

    /** The container's plain settings: its ConfigMaps' data (envFrom), then its literal env values. */
    private static Map<String, String> settings(RenderedOverlay rendered, Container container) {
        Map<String, String> settings = new java.util.HashMap<>();
        container.getEnvFrom().forEach(from -> rendered.all(io.fabric8.kubernetes.api.model.ConfigMap.class).stream()
                .filter(map -> map.getMetadata().getName().equals(from.getConfigMapRef().getName()))
                .forEach(map -> settings.putAll(map.getData())));
        container.getEnv().stream().filter(env -> env.getValue() != null)
                .forEach(env -> settings.put(env.getName(), env.getValue()));
        return settings;
    }

    /** The name of the container port its actuator answers on. */
    static String actuatorPort(Container container) {
        return container.getPorts().stream().anyMatch(port -> port.getName().equals("management"))
                ? "management" : "http";
    }

    private static void assertProbe(Probe probe, String path, String port, String what) {
        assertThat(probe).as(what).isNotNull();
        assertThat(probe.getHttpGet()).as(what).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(what).isEqualTo(port);
    }
}
