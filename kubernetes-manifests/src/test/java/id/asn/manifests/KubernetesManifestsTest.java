package id.asn.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * What quarkus-kubernetes and quarkus-helm wrote for each app when it was packaged; nothing here runs a cluster.
 */
class KubernetesManifestsTest {

    private static final Path PROJECT = Path.of(System.getProperty("asn.project.dir", "..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("asn.project.version", "1.0.0-SNAPSHOT");
    private static final YAMLMapper YAML = new YAMLMapper();
    // baked into the manifests at build time (the container port), so a deployment never sets it
    private static final Set<String> BUILD_TIME_ONLY = Set.of("QUARKUS_HTTP_PORT");

    @ParameterizedTest
    @ValueSource(strings = {"competency-service", "training-service", "appraisal-service", "career-service", "gateway"})
    void deploymentRunsTheJibImageOfTheApp(String app) throws IOException {
        JsonNode container = container(app);

        assertThat(container.path("image").asText()).endsWith("asn/" + app + ":" + VERSION);
        assertThat(chartValues(app).path("app").path("image").asText()).isEqualTo(container.path("image").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"competency-service", "training-service", "appraisal-service", "career-service", "gateway"})
    void probesAskSmallRyeHealthOnTheHttpPort(String app) throws IOException {
        JsonNode container = container(app);
        int port = httpPort(container);

        assertThat(probe(container, "readinessProbe")).isEqualTo("/q/health/ready@" + port);
        assertThat(probe(container, "livenessProbe")).isEqualTo("/q/health/live@" + port);
        assertThat(probe(container, "startupProbe")).isEqualTo("/q/health/started@" + port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"competency-service", "training-service", "appraisal-service", "career-service", "gateway"})
    void containerRequestsAndLimitsCpuAndMemory(String app) throws IOException {
        JsonNode resources = container(app).path("resources");

        for (String bound : List.of("requests", "limits")) {
            assertThat(resources.path(bound).path("cpu").asText()).as(bound + ".cpu").isNotBlank();
            assertThat(resources.path(bound).path("memory").asText()).as(bound + ".memory").isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"competency-service", "training-service", "appraisal-service", "career-service", "gateway"})
    void environmentHasEveryVariableDockerComposeGives(String app) throws IOException {
        Set<String> compose = new TreeSet<>(composeEnvironment(app).keySet());
        compose.removeAll(BUILD_TIME_ONLY);

        assertThat(env(app).keySet()).containsAll(compose);
    }

    @ParameterizedTest
    @ValueSource(strings = {"competency-service", "training-service", "appraisal-service", "career-service", "gateway"})
    void appIsPointedAtItsTokenIssuerByUrlAndAudience(String app) throws IOException {
        Map<String, JsonNode> env = env(app);

        assertThat(env.get("QUARKUS_OIDC_AUTH_SERVER_URL").path("value").asText())
                .isEqualTo("https://sso.example.org/realms/asn");
        assertThat(env.get("QUARKUS_OIDC_TOKEN_AUDIENCE").path("value").asText()).isEqualTo("asn-platform");
        assertThat(env.keySet()).noneMatch(name -> name.startsWith("MP_JWT_"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"competency-service", "training-service", "appraisal-service", "career-service"})
    void serviceUsesTheDatabaseItUsesInDockerCompose(String app) throws IOException {
        String composeUrl = String.valueOf(composeEnvironment(app).get("QUARKUS_DATASOURCE_JDBC_URL"));
        String database = composeUrl.substring(composeUrl.lastIndexOf('/'));

        assertThat(env(app).get("QUARKUS_DATASOURCE_JDBC_URL").path("value").asText())
                .startsWith("jdbc:postgresql://").endsWith(database);
    }

    @ParameterizedTest
    @ValueSource(strings = {"competency-service", "training-service", "appraisal-service", "career-service"})
    void databaseCredentialsComeFromTheSecret(String app) throws IOException {
        Map<String, JsonNode> env = env(app);

        assertThat(secretRef(env, "QUARKUS_DATASOURCE_USERNAME")).isEqualTo("asn-db/username");
        assertThat(secretRef(env, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo("asn-db/password");
        assertThat(helmTemplate(app, "deployment.yaml")).contains("name: {{ .Values.app.databaseSecret }}");
        assertThat(chartValues(app).path("app").path("databaseSecret").asText()).isEqualTo("asn-db");
    }

    @ParameterizedTest
    @ValueSource(strings = {"competency-service", "training-service", "appraisal-service", "career-service", "gateway"})
    void noPasswordOrSecretIsWrittenIntoTheManifest(String app) throws IOException {
        env(app).forEach((name, variable) -> {
            if (name.contains("PASSWORD") || name.contains("SECRET")) {
                assertThat(variable.has("value")).as(name).isFalse();
                assertThat(variable.path("valueFrom").has("secretKeyRef")).as(name).isTrue();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"competency-service", "training-service", "appraisal-service", "career-service", "gateway"})
    void autoscalerScalesTheDeploymentOnCpu(String app) throws IOException {
        JsonNode deployment = only(app, "Deployment");
        JsonNode spec = only(app, "HorizontalPodAutoscaler").path("spec");

        assertThat(spec.path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
        assertThat(spec.path("scaleTargetRef").path("name").asText())
                .isEqualTo(deployment.path("metadata").path("name").asText());
        assertThat(spec.path("metrics").get(0).path("resource").path("name").asText()).isEqualTo("cpu");
        assertThat(spec.path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(spec.path("maxReplicas").asInt()).isGreaterThan(spec.path("minReplicas").asInt());
        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(spec.path("minReplicas").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"competency-service", "training-service", "appraisal-service", "career-service", "gateway"})
    void helmChartSwitchesTheAutoscalerAndTemplatesTheEnvironment(String app) throws IOException {
        JsonNode chart = YAML.readTree(chartDir(app).resolve("Chart.yaml").toFile());
        JsonNode values = chartValues(app).path("app");

        assertThat(chart.path("name").asText()).isEqualTo(app);
        assertThat(chart.path("version").asText()).isEqualTo(VERSION);
        assertThat(values.path("autoscaling").path("enabled").asBoolean()).isTrue();
        assertThat(helmTemplate(app, "horizontalpodautoscaler.yaml"))
                .startsWith("{{- if .Values.app.autoscaling.enabled }}")
                .contains("minReplicas: {{ .Values.app.autoscaling.minReplicas }}");
        env(app).forEach((name, variable) -> {
            if (variable.has("value") && !name.equals("KUBERNETES_NAMESPACE")) {
                assertThat(values.path("envs").path(name).asText()).as(name).isEqualTo(variable.path("value").asText());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"competency-service", "training-service", "appraisal-service", "career-service", "gateway"})
    void nothingNeedsAnOperatorOrAThirdPartyImage(String app) throws IOException {
        // a ServiceMonitor needs the Prometheus operator's CRD; Flyway's init Job a wait-for image and RBAC
        assertThat(resources(app)).extracting(r -> r.path("kind").asText())
                .doesNotContain("ServiceMonitor", "Job", "Role", "RoleBinding");
        assertThat(only(app, "Deployment").path("spec").path("template").path("spec").has("initContainers")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"competency", "training", "appraisal", "career"})
    void gatewayReachesEachServiceThroughItsKubernetesService(String service) throws IOException {
        URI url = URI.create(env("gateway").get("ASN_GATEWAY_SERVICES_" + service.toUpperCase() + "_URL")
                .path("value").asText());
        JsonNode target = only(service + "-service", "Service");

        assertThat(url.getHost()).isEqualTo(target.path("metadata").path("name").asText());
        int port = url.getPort() == -1 ? 80 : url.getPort();
        assertThat(target.path("spec").path("ports")).extracting(p -> p.path("port").asInt()).contains(port);
    }

    private static List<JsonNode> resources(String app) throws IOException {
        Path manifest = PROJECT.resolve(app).resolve("target/kubernetes/kubernetes.yml");
        assertThat(manifest).as("packaged with quarkus-kubernetes").exists();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(manifest.toFile())) {
            return documents.readAll().stream().filter(node -> !node.isEmpty()).toList();
        }
    }

    private static JsonNode only(String app, String kind) throws IOException {
        List<JsonNode> matching = resources(app).stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
        assertThat(matching).as(app + " " + kind).hasSize(1);
        return matching.get(0);
    }

    private static JsonNode container(String app) throws IOException {
        JsonNode containers = only(app, "Deployment").path("spec").path("template").path("spec").path("containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static Map<String, JsonNode> env(String app) throws IOException {
        Map<String, JsonNode> env = new HashMap<>();
        container(app).path("env").forEach(variable -> env.put(variable.path("name").asText(), variable));
        return env;
    }

    private static int httpPort(JsonNode container) {
        return StreamSupport.stream(container.path("ports").spliterator(), false)
                .filter(port -> "http".equals(port.path("name").asText()))
                .mapToInt(port -> port.path("containerPort").asInt())
                .findFirst().orElseThrow();
    }

    private static String probe(JsonNode container, String probe) {
        JsonNode get = container.path(probe).path("httpGet");
        return get.path("path").asText() + "@" + get.path("port").asInt();
    }

    private static String secretRef(Map<String, JsonNode> env, String name) {
        JsonNode ref = env.get(name).path("valueFrom").path("secretKeyRef");
        return ref.path("name").asText() + "/" + ref.path("key").asText();
    }

    private static Path chartDir(String app) {
        Path chart = PROJECT.resolve(app).resolve("target/helm/kubernetes").resolve(app);
        assertThat(chart).as("packaged with quarkus-helm").isDirectory();
        return chart;
    }

    private static JsonNode chartValues(String app) throws IOException {
        return YAML.readTree(chartDir(app).resolve("values.yaml").toFile());
    }

    private static String helmTemplate(String app, String file) throws IOException {
        return Files.readString(chartDir(app).resolve("templates").resolve(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> composeEnvironment(String app) throws IOException {
        try (Reader reader = Files.newBufferedReader(PROJECT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            Map<String, Object> services = (Map<String, Object>) compose.get("services");
            Map<String, Object> service = (Map<String, Object>) services.get(app);
            assertThat(service).as("docker-compose service " + app).isNotNull();
            return new HashMap<>((Map<String, Object>) service.get("environment"));
        }
    }
}
