package id.asn.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackConfigTest {
    private static final Path PROJECT = Path.of("/work/project");

    @Test
    void withoutVariablesTheDocumentedDefaultsApply() {
        StackConfig config = StackConfig.fromEnvironment(PROJECT, Map.of());

        assertEquals(Path.of("/work/project/.asn"), config.stateDir());
        assertEquals(5439, config.postgresPort());
        assertEquals(9094, config.kafkaPort());
        assertEquals(8080, config.port(App.GATEWAY));
        assertEquals(8081, config.port(App.COMPETENCY));
        assertEquals(8082, config.port(App.TRAINING));
        assertEquals(8083, config.port(App.APPRAISAL));
        assertEquals(8084, config.port(App.CAREER));
        assertTrue(config.externalPostgres().isEmpty());
        assertTrue(config.externalKafka().isEmpty());
        assertEquals(List.of("-Xmx256m"), config.appJavaOptions());
        assertTrue(config.loadDemoData());
        assertEquals(StackConfig.Idp.DEV, config.idp());
        assertEquals(8180, config.keycloakPort());
        assertTrue(config.keycloakJavaHome().isEmpty());
    }

    @Test
    void keycloakIsChosenAndPlacedByItsVariables() {
        StackConfig config = StackConfig.fromEnvironment(PROJECT, Map.of("ASN_IDP", "Keycloak",
                "ASN_KEYCLOAK_PORT", "18180", "ASN_KEYCLOAK_JAVA_HOME", "/opt/jdk-25"));

        assertEquals(StackConfig.Idp.KEYCLOAK, config.idp());
        assertEquals(18180, config.keycloakPort());
        assertEquals(Path.of("/opt/jdk-25"), config.keycloakJavaHome().orElseThrow());
    }

    @Test
    void anUnknownIdentityProviderNamesTheVariableAndTheChoices() {
        StackException e = assertThrows(StackException.class,
                () -> StackConfig.fromEnvironment(PROJECT, Map.of("ASN_IDP", "okta")));
        assertEquals("ASN_IDP=okta is not an identity provider (dev or keycloak)", e.getMessage());
    }

    @Test
    void everyPortAndEndpointComesFromItsVariable() {
        StackConfig config = StackConfig.fromEnvironment(PROJECT, Map.ofEntries(
                Map.entry("ASN_STATE_DIR", "/var/asn"),
                Map.entry("ASN_PG_PORT", "15439"),
                Map.entry("ASN_KAFKA_PORT", "19094"),
                Map.entry("ASN_GATEWAY_PORT", "18080"),
                Map.entry("ASN_TRAINING_PORT", "0"),
                Map.entry("ASN_PG_URL", "jdbc:postgresql://db.example:5432/"),
                Map.entry("ASN_PG_USER", "asn"),
                Map.entry("ASN_PG_PASSWORD", "secret"),
                Map.entry("ASN_KAFKA_BOOTSTRAP", "broker:9092"),
                Map.entry("ASN_START_TIMEOUT", "30"),
                Map.entry("ASN_APP_JAVA_OPTS", "-Xmx512m  -XX:+UseSerialGC"),
                Map.entry("ASN_DEMO_DATA", "false")));

        assertEquals(Path.of("/var/asn"), config.stateDir());
        assertEquals(15439, config.postgresPort());
        assertEquals(19094, config.kafkaPort());
        assertEquals(18080, config.port(App.GATEWAY));
        assertEquals(0, config.port(App.TRAINING));
        assertEquals(new StackConfig.ExternalPostgres("jdbc:postgresql://db.example:5432/", "asn", "secret"),
                config.externalPostgres().orElseThrow());
        assertEquals("broker:9092", config.externalKafka().orElseThrow());
        assertEquals(Duration.ofSeconds(30), config.readyTimeout());
        assertEquals(List.of("-Xmx512m", "-XX:+UseSerialGC"), config.appJavaOptions());
        assertEquals(false, config.loadDemoData());
    }

    @Test
    void aBadPortNamesTheVariable() {
        StackException e = assertThrows(StackException.class,
                () -> StackConfig.fromEnvironment(PROJECT, Map.of("ASN_CAREER_PORT", "80x")));
        assertTrue(e.getMessage().contains("ASN_CAREER_PORT=80x"), e.getMessage());
    }
}
