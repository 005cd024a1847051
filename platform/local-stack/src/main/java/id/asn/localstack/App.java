package id.asn.localstack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The five Quarkus applications of the platform, as the local stack starts them. */
public enum App {
    COMPETENCY("competency-service", "competency", 8081),
    TRAINING("training-service", "training", 8082),
    APPRAISAL("appraisal-service", "appraisal", 8083),
    CAREER("career-service", "career", 8084),
    GATEWAY("gateway", null, 8080);

    private final String module;
    private final String database;
    private final int defaultPort;

    App(String module, String database, int defaultPort) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
    }

    /** Module directory and process name, e.g. {@code training-service}. */
    public String module() {
        return module;
    }

    /** The service's own database; empty for the gateway. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The short name used in environment variables and on the command line, e.g. {@code TRAINING}. */
    public String envName() {
        return name();
    }

    public boolean isService() {
        return this != GATEWAY;
    }

    /** Accepts {@code training-service}, {@code training} or {@code TRAINING}. */
    public static Optional<App> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(a -> a.module.equals(n) || a.name().toLowerCase(Locale.ROOT).equals(n))
                .findFirst();
    }
}
