package id.asn.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to start and where. Build one with {@link #builder(Path)} (tests) or {@link #fromEnvironment(Path, Map)}
 * (the {@code ./asn} launcher). A port of 0 means "pick a free one".
 */
public final class StackConfig {
    public static final int DEFAULT_POSTGRES_PORT = 5439;
    public static final int DEFAULT_KAFKA_PORT = 9094;
    public static final int DEFAULT_KEYCLOAK_PORT = 8180;
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);
    public static final String DEFAULT_APP_JAVA_OPTS = "-Xmx256m";

    private final Path projectDir;
    private final Path stateDir;
    private final Map<App, Integer> appPorts;
    private final int postgresPort;
    private final int kafkaPort;
    private final Idp idp;
    private final int keycloakPort;
    private final Path keycloakJavaHome;
    private final Set<App> apps;
    private final Map<String, String> extraEnv;
    private final ExternalPostgres externalPostgres;
    private final String externalKafka;
    private final Duration readyTimeout;
    private final List<String> appJavaOptions;
    private final boolean loadDemoData;
    private final boolean stopOnExit;

    /** Who issues the tokens every app trusts. */
    public enum Idp {
        /** The gateway's development issuer ({@code /dev-auth}, profile {@code local}); the default. */
        DEV,
        /** A Keycloak server started with the stack, realm {@code asn} (docs/adr/0014-keycloak-local.md). */
        KEYCLOAK;

        /** {@code dev} or {@code keycloak}, as ASN_IDP and {@code ./asn up --idp} take it. */
        public static Idp parse(String value, String source) {
            for (Idp idp : values()) {
                if (idp.name().equalsIgnoreCase(value.trim())) {
                    return idp;
                }
            }
            throw new StackException(source + "=" + value + " is not an identity provider (dev or keycloak)");
        }
    }

    /** A PostgreSQL server the stack uses instead of starting its own; base URL without a database name. */
    public record ExternalPostgres(String jdbcBase, String user, String password) {
    }

    private StackConfig(Builder b) {
        this.projectDir = b.projectDir.toAbsolutePath().normalize();
        this.stateDir = (b.stateDir != null ? b.stateDir : projectDir.resolve(".asn")).toAbsolutePath().normalize();
        this.appPorts = Collections.unmodifiableMap(new EnumMap<>(b.appPorts));
        this.postgresPort = b.postgresPort;
        this.kafkaPort = b.kafkaPort;
        this.idp = b.idp;
        this.keycloakPort = b.keycloakPort;
        this.keycloakJavaHome = b.keycloakJavaHome;
        this.apps = Collections.unmodifiableSet(EnumSet.copyOf(b.apps));
        this.extraEnv = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraEnv));
        this.externalPostgres = b.externalPostgres;
        this.externalKafka = b.externalKafka;
        this.readyTimeout = b.readyTimeout;
        this.appJavaOptions = List.copyOf(b.appJavaOptions);
        this.loadDemoData = b.loadDemoData;
        this.stopOnExit = b.stopOnExit;
    }

    public static Builder builder(Path projectDir) {
        return new Builder(projectDir);
    }

    /**
     * Reads the variables documented in docs/running.md: ASN_STATE_DIR, ASN_PG_PORT, ASN_KAFKA_PORT,
     * ASN_&lt;APP&gt;_PORT, ASN_PG_URL/USER/PASSWORD, ASN_KAFKA_BOOTSTRAP, ASN_START_TIMEOUT (seconds),
     * ASN_APP_JAVA_OPTS, ASN_DEMO_DATA (false to skip), ASN_IDP (dev or keycloak), ASN_KEYCLOAK_PORT,
     * ASN_KEYCLOAK_JAVA_HOME.
     */
    public static StackConfig fromEnvironment(Path projectDir, Map<String, String> env) {
        Builder b = builder(projectDir);
        Optional.ofNullable(env.get("ASN_STATE_DIR")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(b::stateDir);
        b.postgresPort(port(env, "ASN_PG_PORT", DEFAULT_POSTGRES_PORT));
        b.kafkaPort(port(env, "ASN_KAFKA_PORT", DEFAULT_KAFKA_PORT));
        Optional.ofNullable(env.get("ASN_IDP")).filter(s -> !s.isBlank()).map(s -> Idp.parse(s, "ASN_IDP")).ifPresent(b::idp);
        b.keycloakPort(port(env, "ASN_KEYCLOAK_PORT", DEFAULT_KEYCLOAK_PORT));
        Optional.ofNullable(env.get(Keycloak.JAVA_HOME_VARIABLE)).filter(s -> !s.isBlank()).map(Path::of)
                .ifPresent(b::keycloakJavaHome);
        for (App app : App.values()) {
            b.port(app, port(env, "ASN_" + app.envName() + "_PORT", app.defaultPort()));
        }
        String pgUrl = env.get("ASN_PG_URL");
        if (pgUrl != null && !pgUrl.isBlank()) {
            b.externalPostgres(pgUrl, env.getOrDefault("ASN_PG_USER", "postgres"), env.getOrDefault("ASN_PG_PASSWORD", ""));
        }
        String bootstrap = env.get("ASN_KAFKA_BOOTSTRAP");
        if (bootstrap != null && !bootstrap.isBlank()) {
            b.externalKafka(bootstrap);
        }
        String timeout = env.get("ASN_START_TIMEOUT");
        if (timeout != null && !timeout.isBlank()) {
            b.readyTimeout(Duration.ofSeconds(positiveInt("ASN_START_TIMEOUT", timeout)));
        }
        String javaOpts = env.get("ASN_APP_JAVA_OPTS");
        if (javaOpts != null && !javaOpts.isBlank()) {
            b.appJavaOptions(List.of(javaOpts.trim().split("\\s+")));
        }
        b.loadDemoData(!"false".equalsIgnoreCase(env.getOrDefault("ASN_DEMO_DATA", "true")));
        return b.build();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StackException(name + "=" + value + " is not a port (0-65535; 0 picks a free one)");
        }
    }

    private static int positiveInt(String name, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new StackException(name + "=" + value + " is not a positive number");
        }
    }

    public Path projectDir() {
        return projectDir;
    }

    public Path stateDir() {
        return stateDir;
    }

    public int port(App app) {
        return appPorts.getOrDefault(app, app.defaultPort());
    }

    public int postgresPort() {
        return postgresPort;
    }

    public int kafkaPort() {
        return kafkaPort;
    }

    public Idp idp() {
        return idp;
    }

    public int keycloakPort() {
        return keycloakPort;
    }

    /** The Java 21+ home for Keycloak when one is named; otherwise one is looked for (this JVM, /usr/lib/jvm). */
    public Optional<Path> keycloakJavaHome() {
        return Optional.ofNullable(keycloakJavaHome);
    }

    public Set<App> apps() {
        return apps;
    }

    public Map<String, String> extraEnv() {
        return extraEnv;
    }

    public Optional<ExternalPostgres> externalPostgres() {
        return Optional.ofNullable(externalPostgres);
    }

    public Optional<String> externalKafka() {
        return Optional.ofNullable(externalKafka);
    }

    public Duration readyTimeout() {
        return readyTimeout;
    }

    public List<String> appJavaOptions() {
        return appJavaOptions;
    }

    public boolean loadDemoData() {
        return loadDemoData;
    }

    public boolean stopOnExit() {
        return stopOnExit;
    }

    public static final class Builder {
        private final Path projectDir;
        private Path stateDir;
        private final Map<App, Integer> appPorts = new EnumMap<>(App.class);
        private int postgresPort = DEFAULT_POSTGRES_PORT;
        private int kafkaPort = DEFAULT_KAFKA_PORT;
        private Idp idp = Idp.DEV;
        private int keycloakPort = DEFAULT_KEYCLOAK_PORT;
        private Path keycloakJavaHome;
        private Set<App> apps = EnumSet.allOf(App.class);
        private final Map<String, String> extraEnv = new LinkedHashMap<>();
        private ExternalPostgres externalPostgres;
        private String externalKafka;
        private Duration readyTimeout = DEFAULT_READY_TIMEOUT;
        private List<String> appJavaOptions = List.of(DEFAULT_APP_JAVA_OPTS);
        private boolean loadDemoData = true;
        private boolean stopOnExit;

        private Builder(Path projectDir) {
            this.projectDir = projectDir;
        }

        /** Where data, keys, logs and pid files live; default {@code <project>/.asn}. */
        public Builder stateDir(Path dir) {
            this.stateDir = dir;
            return this;
        }

        public Builder port(App app, int port) {
            appPorts.put(app, port);
            return this;
        }

        public Builder postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        /** Every port 0: for tests that must not collide with a developer's running stack. */
        public Builder randomPorts() {
            for (App app : App.values()) {
                appPorts.put(app, 0);
            }
            postgresPort = 0;
            kafkaPort = 0;
            keycloakPort = 0;
            return this;
        }

        public Builder idp(Idp idp) {
            this.idp = idp;
            return this;
        }

        public Builder keycloakPort(int port) {
            this.keycloakPort = port;
            return this;
        }

        public Builder keycloakJavaHome(Path javaHome) {
            this.keycloakJavaHome = javaHome;
            return this;
        }

        /** Which apps to start (infrastructure is always started); default all five. */
        public Builder apps(Set<App> apps) {
            if (apps.isEmpty()) {
                throw new IllegalArgumentException("at least one app");
            }
            this.apps = EnumSet.copyOf(apps);
            return this;
        }

        /** Extra environment for every app, e.g. a Quarkus property as QUARKUS_... variable. */
        public Builder env(String name, String value) {
            extraEnv.put(name, value);
            return this;
        }

        public Builder externalPostgres(String jdbcBase, String user, String password) {
            this.externalPostgres = new ExternalPostgres(jdbcBase, user, password);
            return this;
        }

        public Builder externalKafka(String bootstrap) {
            this.externalKafka = bootstrap;
            return this;
        }

        public Builder readyTimeout(Duration timeout) {
            this.readyTimeout = timeout;
            return this;
        }

        public Builder appJavaOptions(List<String> options) {
            this.appJavaOptions = List.copyOf(options);
            return this;
        }

        public Builder loadDemoData(boolean load) {
            this.loadDemoData = load;
            return this;
        }

        /** Stop what this JVM started when it exits (tests); the launcher leaves the stack running. */
        public Builder stopOnExit(boolean stop) {
            this.stopOnExit = stop;
            return this;
        }

        public StackConfig build() {
            return new StackConfig(this);
        }
    }
}
