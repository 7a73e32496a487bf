package org.frontdoor.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.deploy.k8s.Documents.at;
import static org.frontdoor.deploy.k8s.Documents.list;
import static org.frontdoor.deploy.k8s.Documents.map;
import static org.frontdoor.deploy.k8s.Documents.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MongoDB through the Community Operator: each service that has a database (its own YAML's
 * {@code spring.mongodb.database}) has one user, reaching that database only, with a password the council keeps in a
 * Secret this repository never holds; in production a replica set of three.
 */
class MongoDbStoreTest {

    /** service -> its database, as the service's own YAML names it. */
    private static Map<String, String> databases;

    @BeforeAll
    static void readEachServicesDatabase() {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> modules = Files.list(RenderedOverlay.REPOSITORY)) {
            modules.filter(Files::isDirectory).forEach(module -> {
                String service = module.getFileName().toString();
                Path yaml = module.resolve("src/main/resources").resolve(service + ".yml");
                if (Files.isRegularFile(yaml)) {
                    Object database = Documents.at(Documents.yaml(yaml), "spring.mongodb.database");
                    if (database != null) {
                        found.put(service, text(database));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        databases = found;
    }

    @Test
    void theServicesDatabasesAreFound() {
        assertThat(databases).containsKeys("referral-service", "triage-service", "consultation-service",
                "case-service", "outcomes-service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void eachServiceHasOneUserWithReadWriteOnItsOwnDatabaseOnly(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        GenericKubernetesResource mongo = KafkaStoreTest.only(rendered.custom("MongoDBCommunity"));
        List<Object> users = list(at(mongo, "spec.users"));

        assertThat(users).extracting(user -> text(map(user).get("name")))
                .containsExactlyInAnyOrderElementsOf(databases.keySet());
        for (Object value : users) {
            Map<String, Object> user = map(value);
            String service = text(user.get("name"));
            assertThat(user.get("db")).as(service).isEqualTo("admin");
            assertThat(list(user.get("roles"))).as("roles of %s", service)
                    .containsExactly(Map.of("name", "readWrite", "db", databases.get(service)));
            assertThat(map(user.get("passwordSecretRef"))).as(service)
                    .isEqualTo(Map.of("name", service + "-mongodb", "key", "password"));
        }
        // a council's password is never committed: in production the Secrets are the council's, made with
        // kubectl create secret; the local overlay carries only the demo value, as docker-compose does
        List<Secret> passwords = rendered.all(Secret.class).stream()
                .filter(secret -> secret.getMetadata().getName().endsWith("-mongodb")).toList();
        if (overlay.equals("production")) {
            assertThat(passwords).isEmpty();
        } else {
            assertThat(passwords).extracting(secret -> secret.getMetadata().getName())
                    .containsExactlyInAnyOrderElementsOf(databases.keySet().stream().map(s -> s + "-mongodb").toList());
            assertThat(passwords).allSatisfy(secret -> assertThat(secret.getStringData() != null && secret.getStringData().containsKey("password")
                    ? secret.getStringData().get("password")
                    : new String(java.util.Base64.getDecoder().decode(secret.getData().get("password"))))
                    .isEqualTo("demo"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theReplicaSetIsMongoDb8WithScram(String overlay) {
        GenericKubernetesResource mongo = KafkaStoreTest.only(RenderedOverlay.of(overlay).custom("MongoDBCommunity"));

        assertThat(mongo.getMetadata().getName()).isEqualTo("front-door-mongodb");
        assertThat(text(at(mongo, "spec.type"))).isEqualTo("ReplicaSet");
        assertThat(text(at(mongo, "spec.version"))).startsWith("8.");
        assertThat(list(at(mongo, "spec.security.authentication.modes"))).containsExactly("SCRAM");
        assertThat(list(at(mongo, "spec.statefulSet.spec.volumeClaimTemplates")))
                .extracting(claim -> text(at(map(claim), "metadata.name")))
                .contains("data-volume");
    }

    @Test
    void inProductionTheReplicaSetHasThreeMembers() {
        assertThat(text(at(KafkaStoreTest.only(RenderedOverlay.of("production").custom("MongoDBCommunity")),
                "spec.members"))).isEqualTo("3");
    }

    @Test
    void theLocalOverlayHasOneMember() {
        assertThat(text(at(KafkaStoreTest.only(RenderedOverlay.of("local").custom("MongoDBCommunity")),
                "spec.members"))).isEqualTo("1");
    }
}
