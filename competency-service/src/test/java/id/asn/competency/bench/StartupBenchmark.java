package id.asn.competency.bench;

import static org.awaitility.Awaitility.await;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.BenchFigures;
import id.asn.platform.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measurements, not assertions ({@code bench/run startup}, which packages the app first): the time from starting
 * the packaged competency-service ({@code target/quarkus-app/quarkus-run.jar}) as a process until its first answer
 * to an authenticated catalogue read, against the PostgreSQL, Kafka and token issuer this test JVM runs (the
 * database already migrated, as on a restart). Without and with what the JDK offers: an AppCDS archive made by a
 * training run ({@code -XX:ArchiveClassesAtExit}: started, one request answered, stopped), Quarkus' own archive
 * when the jar was packaged with {@code quarkus.package.jar.appcds.enabled=true}, and on a JDK 24+ found under
 * {@code /usr/lib/jvm} (or {@code BENCH_JDK_AOT}) the JEP 483/514 AOT cache ({@code -XX:AOTCacheOutput}) made by
 * the same training run. Figures in {@code target/startup-benchmark.txt} and {@code target/bench/startup.json}.
 */
@QuarkusTest
@Tag("benchmark")
class StartupBenchmark {

    private static final int RUNS = 3;
    private static final Path APP = Path.of("target", "quarkus-app");
    private static final String PATH = "/api/v1/competencies?size=1";

    private final List<String> lines = new ArrayList<>();
    private final String token = TestTokens.user("bench-startup").roles(Roles.HR_ADMIN).sign();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    @Test
    void timeToFirstResponse() throws Exception {
        BenchFigures figures = BenchFigures.of("startup");
        Path jar = APP.resolve("quarkus-run.jar");
        if (!Files.exists(jar)) {
            figures.row("startup", "time to first response after start").note("not measured: no packaged app at "
                    + jar + " (bench/run startup packages it first)");
            figures.write();
            return;
        }
        Path work = Files.createDirectories(Path.of("target", "bench", "startup"));
        String java17 = javaOf(Path.of(System.getProperty("java.home")));
        double plain = median(java17, List.of());
        line("JDK %s, no archive: median %.2f s", Runtime.version().feature(), plain);

        Path archive = work.resolve("training-run.jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        trainingRun(java17, List.of("-XX:ArchiveClassesAtExit=" + archive));
        double appCds = Files.exists(archive) ? median(java17, List.of("-XX:SharedArchiveFile=" + archive)) : Double.NaN;
        line("JDK %s, AppCDS archive of a training run (%s): median %.2f s", Runtime.version().feature(),
                Files.exists(archive) ? Files.size(archive) / (1 << 20) + " MiB" : "not written", appCds);

        Path quarkusArchive = APP.resolve("app-cds.jsa").toAbsolutePath();
        double quarkusCds = Double.NaN;
        if (Files.exists(quarkusArchive)) {
            quarkusCds = median(java17, List.of("-XX:SharedArchiveFile=" + quarkusArchive));
            line("JDK %s, Quarkus' AppCDS archive (quarkus.package.jar.appcds.enabled): median %.2f s",
                    Runtime.version().feature(), quarkusCds);
        } else {
            line("no Quarkus AppCDS archive in %s (package with -Dquarkus.package.jar.appcds.enabled=true)", APP);
        }

        Optional<Path> aotJdk = aotJdk();
        double aotPlain = Double.NaN;
        double aot = Double.NaN;
        if (aotJdk.isPresent()) {
            String java25 = javaOf(aotJdk.get());
            aotPlain = median(java25, List.of());
            Path cache = work.resolve("training-run.aot").toAbsolutePath();
            Files.deleteIfExists(cache);
            trainingRun(java25, List.of("-XX:AOTCacheOutput=" + cache));
            aot = Files.exists(cache) ? median(java25, List.of("-XX:AOTCache=" + cache)) : Double.NaN;
            line("%s, no cache: median %.2f s; AOT cache of a training run (%s): median %.2f s", aotJdk.get(),
                    aotPlain, Files.exists(cache) ? Files.size(cache) / (1 << 20) + " MiB" : "not written", aot);
        } else {
            line("no JDK 24 or newer under /usr/lib/jvm (or BENCH_JDK_AOT): the AOT cache is not measured");
        }

        double best = Stream.of(appCds, quarkusCds, aot).filter(v -> !v.isNaN()).min(Double::compare).orElse(plain);
        String how = best == aot ? "JDK " + aotJdk.map(Path::toString).orElse("") + " with the AOT cache"
                : best == appCds ? "JDK 17 with the training run's AppCDS archive"
                : best == quarkusCds ? "JDK 17 with Quarkus' AppCDS archive" : "JDK 17, no archive";
        double baseline = best == aot ? aotPlain : plain;
        figures.row("startup", "competency-service: start of the packaged jar until its first answer to an "
                        + "authenticated GET (median of " + RUNS + "), best of what the JDK offers: " + how)
                .value(best, "s")
                .baseline(baseline, "the same jar on the same JDK without an archive or cache")
                .ratio(best / baseline, "with ÷ without")
                .goal("≤ 4 s on 2 cores")
                .note(String.join("; ", lines));
        figures.write();
        Files.write(Path.of("target", "startup-benchmark.txt"), lines);
        lines.forEach(l -> System.out.println("[benchmark] startup " + l));
    }

    /** Starts the app, waits for one answer, stops it normally, so the JVM writes the archive or cache at exit. */
    private void trainingRun(String java, List<String> options) throws Exception {
        int port = port();
        Process app = start(java, options, port);
        try {
            firstResponse(app, port);
        } finally {
            app.destroy();
            app.waitFor(120, TimeUnit.SECONDS);
        }
    }

    private double median(String java, List<String> options) throws Exception {
        double[] seconds = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            int port = port();
            long start = System.nanoTime();
            Process app = start(java, options, port);
            try {
                firstResponse(app, port);
                seconds[i] = (System.nanoTime() - start) / 1e9;
            } finally {
                app.destroy();
                app.waitFor(120, TimeUnit.SECONDS);
            }
        }
        return BenchFigures.median(seconds);
    }

    private Process start(String java, List<String> options, int port) throws IOException {
        Config config = ConfigProvider.getConfig();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
        command.addAll(options);
        command.addAll(List.of("-jar", APP.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/bench/startup/app.log")));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.getValue("quarkus.datasource.jdbc.url", String.class));
        env.put("QUARKUS_DATASOURCE_USERNAME", config.getValue("quarkus.datasource.username", String.class));
        env.put("QUARKUS_DATASOURCE_PASSWORD", config.getValue("quarkus.datasource.password", String.class));
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.getValue("kafka.bootstrap.servers", String.class));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", TestTokens.issuer());
        env.put("QUARKUS_OIDC_TOKEN_AUDIENCE", TestTokens.AUDIENCE);
        return builder.start();
    }

    private void firstResponse(Process app, int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).build();
        await().atMost(Duration.ofMinutes(3)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    if (!app.isAlive()) {
                        throw new IllegalStateException("the app exited during start-up: see "
                                + "target/bench/startup/app.log");
                    }
                    try {
                        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException notListeningYet) {
                        return false;
                    }
                });
    }

    private static int port() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaOf(Path home) {
        return home.resolve("bin").resolve("java").toString();
    }

    /** A JDK of feature release 24 or newer: {@code BENCH_JDK_AOT}, else the newest under /usr/lib/jvm. */
    private static Optional<Path> aotJdk() throws IOException {
        String given = System.getenv("BENCH_JDK_AOT");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")))
                    .filter(h -> feature(h) >= 24)
                    .max((a, b) -> Integer.compare(feature(a), feature(b)));
        }
    }

    private static int feature(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private void line(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args));
    }
}
