package id.asn.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The whole system as local processes: one PostgreSQL, one Kafka broker, the four services and the gateway
 * (and, with {@link StackConfig.Idp#KEYCLOAK}, a Keycloak server that issues the tokens), each its own process, tracked by pid files in the state directory so that a later {@code ./asn status} or
 * {@code ./asn down} (another JVM) finds them. Used by the {@code ./asn} launcher ({@link Cli}) and by
 * system-tests, so both start the system the same way.
 *
 * <pre>{@code
 * LocalStack stack = LocalStack.configure(StackConfig.builder(projectDir).randomPorts().stopOnExit(true).build());
 * StackUrls urls = stack.start();
 * stack.stopService("training-service");  // ... then
 * stack.startService("training-service");
 * stack.stop();
 * }</pre>
 */
public final class LocalStack {
    static final String POSTGRES = "postgres";
    private static final String STATE_FILE = "stack.properties";
    private static final String DEMO_MARKER = "demo-loaded";
    private static final String TOKEN_AUDIENCE = "asn-platform";
    static final String LOCAL_PG_USER = "postgres";
    static final String LOCAL_PG_PASSWORD = "postgres";
    // Keycloak's admin console (http://localhost:<port>/admin) on a developer's machine; docker-compose uses the same
    private static final String KEYCLOAK_ADMIN = "admin";
    private static final String KEYCLOAK_ADMIN_PASSWORD = "admin";
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration INFRA_TIMEOUT = Duration.ofSeconds(90);
    // a first start unpacks and builds the server and imports the realm: 2 minutes on an idle 2-core machine, more
    // than 4 when other builds share it (docs/adr/0014-keycloak-local.md)
    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(8);

    private final StackConfig config;
    private final Processes processes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Consumer<String> progress = System.out::println;

    private final Map<App, Integer> appPorts = new EnumMap<>(App.class);
    private final Map<App, Integer> secondPorts = new EnumMap<>(App.class);
    private int pgPort;
    private int kafkaPort;
    private int keycloakPort;
    private String pgJdbcBase;
    private Process pgStarter;
    private String pgUser;
    private String pgPassword;
    private String kafkaBootstrap;
    private StackUrls urls;
    private StackConfig.Idp urlsIdp;
    private long healthyAtMillis;

    private LocalStack(StackConfig config) {
        this.config = config;
        this.processes = new Processes(config.stateDir());
    }

    public static LocalStack configure(StackConfig config) {
        LocalStack stack = new LocalStack(config);
        if (config.stopOnExit()) {
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "asn-local-stack-stop"));
        }
        return stack;
    }

    /** Where progress lines go; {@code System.out} by default. */
    public LocalStack onProgress(Consumer<String> progress) {
        this.progress = progress;
        return this;
    }

    public StackConfig config() {
        return config;
    }

    /**
     * Starts whatever of the stack is not running yet and waits until every app reports ready. Components
     * already running (from an earlier start with the same state directory) are kept, on their ports. On
     * failure everything this call started is stopped again and the exception carries the failing log's tail.
     */
    public synchronized StackUrls start() {
        for (App app : config.apps()) {
            appJar(app); // fail before starting anything when an app is not built
        }
        createStateDirs();
        DevKeys.ensure(keysDir());
        Properties previous = loadState();
        refuseAnotherIdpOfRunningApps(previous);
        resolveEndpoints(previous);
        saveState();

        List<String> launched = new ArrayList<>();
        Thread abortOnExit = new Thread(() -> stopAll(launched), "asn-local-stack-abort");
        Runtime.getRuntime().addShutdownHook(abortOnExit);
        try {
            startInfrastructure(launched);
            List<App> services = config.apps().stream().filter(App::isService).toList();
            startApps(services, launched);
            if (config.apps().contains(App.GATEWAY)) {
                startApps(List.of(App.GATEWAY), launched);
            }
            urlsIdp = config.idp();
            urls = currentUrls(urlsIdp);
            healthyAtMillis = System.currentTimeMillis();
            loadDemoDataOnce(urls);
            return urls;
        } catch (RuntimeException e) {
            if (!launched.isEmpty()) {
                progress.accept("start failed; stopping what this start launched: " + String.join(", ", launched));
                stopAll(launched);
            }
            throw e;
        } finally {
            removeShutdownHook(abortOnExit);
        }
    }

    /** When the last {@link #start()} saw every app ready, before any demo data was loaded (epoch millis). */
    public synchronized long healthyAtMillis() {
        return healthyAtMillis;
    }

    /** Stops every process of this stack (pid files in the state directory), apps first. Data is kept. */
    public synchronized void stop() {
        List<String> names = new ArrayList<>();
        names.add(POSTGRES);
        names.add(KafkaBroker.NAME);
        names.add(Keycloak.NAME);
        for (App app : App.values()) {
            names.add(app.module());
        }
        for (App app : App.values()) {
            names.add(secondInstance(app));
        }
        stopAll(names);
    }

    /** Starts one app (e.g. {@code training-service}) of a started stack and waits until it is ready. */
    public synchronized void startService(String name) {
        App app = app(name);
        if (pgJdbcBase == null) {
            resolveEndpoints(loadState());
        }
        startApps(List.of(app), new ArrayList<>());
    }

    /** Stops one app; the rest of the stack keeps running. Returns false when it was not running. */
    public synchronized boolean stopService(String name) {
        App app = app(name);
        boolean stopped = processes.stop(app.module(), STOP_GRACE);
        if (stopped) {
            progress.accept("stopped " + app.module());
        }
        return stopped;
    }

    // ---- faults, for the system tests that prove the system survives them (docs/running.md)

    /**
     * Kills one app with SIGKILL, as a crash or the kernel's OOM killer would: no graceful shutdown, open
     * transactions cut. {@link #startService(String)} brings it back. Returns false when it was not running.
     */
    public synchronized boolean killService(String name) {
        App app = app(name);
        boolean killed = processes.kill(app.module());
        if (killed) {
            progress.accept("killed " + app.module());
        }
        return killed;
    }

    /** Stops the stack's Kafka broker; the apps keep running and retry. Returns false when it was not running. */
    public synchronized boolean stopBroker() {
        requireLocal(config.externalKafka().isEmpty(), "Kafka");
        boolean stopped = processes.stop(KafkaBroker.NAME, STOP_GRACE);
        if (stopped) {
            progress.accept("stopped " + KafkaBroker.NAME);
        }
        return stopped;
    }

    /** Starts the broker again on its port with its data (topics and offsets kept), once it accepts connections. */
    public synchronized void startBroker() {
        requireLocal(config.externalKafka().isEmpty(), "Kafka");
        endpoints();
        if (processes.running(KafkaBroker.NAME).isPresent()) {
            return;
        }
        progress.accept("starting Kafka on port " + kafkaPort);
        ProcessHandle broker = KafkaBroker.launch(processes, ChildClasspath.of(config.projectDir()), kafkaDataDir(),
                config.stateDir().resolve("kafka-server.properties"), kafkaPort);
        await(KafkaBroker.NAME, broker, () -> Ports.accepting("localhost", kafkaPort), INFRA_TIMEOUT);
    }

    /**
     * Restarts the stack's PostgreSQL on its port with its data: a fast shutdown (open transactions rolled back,
     * every connection cut), then a start; returns once it accepts connections again. The apps are not told.
     */
    public synchronized void restartPostgres() {
        requireLocal(config.externalPostgres().isEmpty(), "PostgreSQL");
        endpoints();
        Postmaster.of(pgDataDir()).ifPresent(Postmaster::stop);
        progress.accept("restarting PostgreSQL on port " + pgPort);
        awaitHelper(POSTGRES, launchPostgres(ChildClasspath.of(config.projectDir())), INFRA_TIMEOUT);
    }

    /**
     * Starts a second instance of a service on a free port (process {@code <module>-2}, same database and broker)
     * and restarts the gateway so that it takes both in turn, as behind a load balancer. Returns its URL.
     */
    public synchronized URI startSecondInstance(String name) {
        App app = app(name);
        if (!app.isService()) {
            throw new IllegalArgumentException("only a service runs as a second instance, not " + name);
        }
        endpoints();
        if (!secondPorts.containsKey(app) || processes.running(secondInstance(app)).isEmpty()) {
            int port = Ports.free();
            Map<String, String> env = appEnv(app);
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            List<String> args = new ArrayList<>(config.appJavaOptions());
            args.addAll(List.of("-jar", appJar(app).toString()));
            progress.accept("starting " + secondInstance(app) + " on port " + port);
            ProcessHandle process = processes.launchJava(secondInstance(app), args, env);
            awaitApp(secondInstance(app), process, URI.create("http://localhost:" + port));
            secondPorts.put(app, port);
        }
        restartGateway();
        return URI.create("http://localhost:" + secondPorts.get(app));
    }

    /** Kills the second instance of a service with SIGKILL; the gateway still lists it and passes over it. */
    public synchronized boolean killSecondInstance(String name) {
        App app = app(name);
        boolean killed = processes.kill(secondInstance(app));
        if (killed) {
            progress.accept("killed " + secondInstance(app));
        }
        return killed;
    }

    /** Stops the second instance, if it runs, and restarts the gateway with the first one only. */
    public synchronized void stopSecondInstance(String name) {
        App app = app(name);
        processes.stop(secondInstance(app), STOP_GRACE);
        if (secondPorts.remove(app) != null) {
            restartGateway();
        }
    }

    private void restartGateway() {
        processes.stop(App.GATEWAY.module(), STOP_GRACE);
        startApps(List.of(App.GATEWAY), new ArrayList<>());
    }

    static String secondInstance(App app) {
        return app.module() + "-2";
    }

    /** The gateway's URL list for a service: its instances, comma-separated (docs/adr/0008-gateway.md). */
    static String upstreamUrls(int port, Integer secondPort) {
        return "http://localhost:" + port + (secondPort == null ? "" : ",http://localhost:" + secondPort);
    }

    private void endpoints() {
        if (pgJdbcBase == null) {
            resolveEndpoints(loadState());
        }
    }

    private static void requireLocal(boolean local, String what) {
        if (!local) {
            throw new IllegalStateException(what + " is external to this stack; it is not the stack's to stop");
        }
    }

    /** The URLs of the last {@link #start()}, or of the running stack recorded in the state directory. */
    public synchronized StackUrls urls() {
        if (urls == null) {
            Properties state = loadState();
            resolveEndpoints(state);
            urlsIdp = recordedIdp(state);
            urls = currentUrls(urlsIdp);
        }
        return urls;
    }

    /** One line per component: whether it runs, its pid, port, readiness and memory. */
    public synchronized List<ComponentStatus> status() {
        Properties state = loadState();
        List<ComponentStatus> result = new ArrayList<>();
        Optional<ProcessHandle> postmaster = Postmaster.of(pgDataDir());
        String pgPortText = state.getProperty("postgres.port", Integer.toString(config.postgresPort()));
        result.add(new ComponentStatus(POSTGRES, postmaster.map(ProcessHandle::pid), pgPortText,
                state.getProperty("postgres.jdbcBase", ""),
                postmaster.isPresent() ? (Ports.accepting("localhost", Integer.parseInt(pgPortText)) ? "ready" : "starting")
                        : externalNote(state, "postgres"),
                sumRss(postmaster, Optional.empty())));
        Optional<ProcessHandle> kafka = processes.running(KafkaBroker.NAME);
        String brokerPort = state.getProperty("kafka.port", Integer.toString(config.kafkaPort()));
        result.add(new ComponentStatus(KafkaBroker.NAME, kafka.map(ProcessHandle::pid), brokerPort,
                state.getProperty("kafka.bootstrap", ""),
                kafka.isPresent() ? (Ports.accepting("localhost", Integer.parseInt(brokerPort)) ? "ready" : "starting")
                        : externalNote(state, "kafka"),
                sumRss(kafka, Optional.empty())));
        Optional<ProcessHandle> keycloak = processes.running(Keycloak.NAME);
        if (keycloak.isPresent() || recordedIdp(state) == StackConfig.Idp.KEYCLOAK) {
            String port = state.getProperty("keycloak.port", Integer.toString(config.keycloakPort()));
            result.add(new ComponentStatus(Keycloak.NAME, keycloak.map(ProcessHandle::pid), port,
                    Keycloak.issuer(Integer.parseInt(port)).toString(),
                    keycloak.isPresent() ? (ok(Keycloak.discovery(Integer.parseInt(port))) ? "ready" : "starting") : "stopped",
                    sumRss(keycloak, Optional.empty())));
        }
        for (App app : App.values()) {
            Optional<ProcessHandle> process = processes.running(app.module());
            String port = state.getProperty("app." + app.module() + ".port", Integer.toString(config.port(app)));
            String url = "http://localhost:" + port;
            String health = process.isPresent() ? (ready(URI.create(url)) ? "ready" : "not ready") : "stopped";
            result.add(new ComponentStatus(app.module(), process.map(ProcessHandle::pid), port, url, health,
                    sumRss(process, Optional.empty())));
        }
        return result;
    }

    /**
     * @param detail "ready", "not ready", "stopped", or where an external server is used
     * @param rssKib resident memory of the process (for PostgreSQL: host JVM plus server processes)
     */
    public record ComponentStatus(String name, Optional<Long> pid, String port, String url, String detail, OptionalLong rssKib) {
        public boolean running() {
            return pid.isPresent();
        }
    }

    Path logFile(String name) {
        return processes.logFile(name);
    }

    String logTail(String name, int lines) {
        return processes.tail(name, lines);
    }

    // ---- start-up steps

    private void startInfrastructure(List<String> launched) {
        String classpath = null;
        ProcessHandle kafkaProcess = null;
        pgStarter = null;
        // the slowest component goes first; the apps need it only once they start
        KeycloakStart keycloakStart = config.idp() == StackConfig.Idp.KEYCLOAK ? launchKeycloak(launched) : null;
        if (config.externalPostgres().isEmpty() && Postmaster.of(pgDataDir()).isEmpty()) {
            classpath = ChildClasspath.of(config.projectDir());
            progress.accept("starting PostgreSQL on port " + pgPort + " (data in " + pgDataDir() + ")");
            pgStarter = launchPostgres(classpath);
            launched.add(POSTGRES);
        }
        if (config.externalPostgres().isEmpty() && pgStarter == null) {
            progress.accept("PostgreSQL is already running");
        }
        if (config.externalKafka().isEmpty() && processes.running(KafkaBroker.NAME).isPresent()) {
            progress.accept("Kafka is already running");
        } else if (config.externalKafka().isEmpty()) {
            classpath = classpath != null ? classpath : ChildClasspath.of(config.projectDir());
            progress.accept("starting Kafka on port " + kafkaPort + " (data in " + kafkaDataDir() + ")");
            kafkaProcess = KafkaBroker.launch(processes, classpath, kafkaDataDir(),
                    config.stateDir().resolve("kafka-server.properties"), kafkaPort);
            launched.add(KafkaBroker.NAME);
        }
        if (config.externalPostgres().isPresent()) {
            createDatabasesOnExternalServer();
        }
        if (pgStarter != null) {
            awaitHelper(POSTGRES, pgStarter, INFRA_TIMEOUT);
        }
        if (kafkaProcess != null) {
            await(KafkaBroker.NAME, kafkaProcess, () -> Ports.accepting("localhost", kafkaPort), INFRA_TIMEOUT);
        }
        if (keycloakStart != null) {
            await(Keycloak.NAME, keycloakStart.process(), () -> ok(Keycloak.discovery(keycloakPort)), KEYCLOAK_TIMEOUT);
            if (keycloakStart.launched()) {
                keycloakStart.server().realmImported();
                progress.accept(String.format(java.util.Locale.ROOT, "Keycloak is ready after %.1f s%s",
                        (System.nanoTime() - keycloakStart.startedNanos()) / 1e9,
                        keycloakStart.first() ? " (first start here, realm imported)" : ""));
            }
        }
    }

    private Process launchPostgres(String classpath) {
        // a postmaster.pid whose server is gone (killed hard) would make PostgreSQL refuse to start
        deleteIfExists(pgDataDir().resolve("postmaster.pid"));
        // the heap is for unpacking the binaries (xz) on a first start; the helper exits once the server runs
        return processes.launchHelper(POSTGRES, List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=classpath:asn-local-stack-log4j2.properties",
                "-cp", classpath, PostgresStart.class.getName(), pgDataDir().toString(), Integer.toString(pgPort)),
                Map.of());
    }

    private record KeycloakStart(Keycloak server, ProcessHandle process, long startedNanos, boolean first, boolean launched) {
    }

    private KeycloakStart launchKeycloak(List<String> launched) {
        Keycloak server = keycloak();
        Optional<ProcessHandle> running = processes.running(Keycloak.NAME);
        if (running.isPresent()) {
            progress.accept("Keycloak is already running");
            return new KeycloakStart(server, running.get(), System.nanoTime(), false, false);
        }
        Path javaHome = Jdks.find(Keycloak.MINIMUM_JAVA, config.keycloakJavaHome(), Path.of(System.getProperty("java.home")),
                List.of(Jdks.SYSTEM_JVMS), Keycloak.JAVA_HOME_VARIABLE, "Keycloak");
        boolean first = server.firstStart();
        progress.accept("starting Keycloak on port " + keycloakPort + " with " + javaHome
                + (first ? " (first start here: imports the realm, and builds the server once; minutes)" : ""));
        long started = System.nanoTime();
        ProcessHandle process = server.launch(processes, javaHome, keycloakPort, Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN, "KC_BOOTSTRAP_ADMIN_PASSWORD", KEYCLOAK_ADMIN_PASSWORD));
        launched.add(Keycloak.NAME);
        return new KeycloakStart(server, process, started, first, true);
    }

    private Keycloak keycloak() {
        return new Keycloak(config.projectDir(), config.stateDir().resolve("keycloak"));
    }

    /** Apps started for one issuer would refuse the other's tokens: switching needs their restart. */
    private void refuseAnotherIdpOfRunningApps(Properties previous) {
        StackConfig.Idp running = recordedIdp(previous);
        if (running == config.idp()) {
            return;
        }
        List<String> apps = java.util.Arrays.stream(App.values()).map(App::module)
                .filter(name -> processes.running(name).isPresent()).toList();
        if (!apps.isEmpty()) {
            throw new StackException("the running apps (" + String.join(", ", apps) + ") trust the "
                    + running.name().toLowerCase(java.util.Locale.ROOT) + " issuer, not "
                    + config.idp().name().toLowerCase(java.util.Locale.ROOT) + "; stop them first (./asn down)");
        }
    }

    private void createDatabasesOnExternalServer() {
        progress.accept("using PostgreSQL at " + pgJdbcBase + "; creating missing databases");
        List<String> command = List.of(Processes.javaBinary().toString(), "-Xmx64m",
                "-Dlog4j2.configurationFile=classpath:asn-local-stack-log4j2.properties",
                "-cp", ChildClasspath.of(config.projectDir()), DatabaseSetup.class.getName(), pgJdbcBase, pgUser);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("ASN_PG_PASSWORD", pgPassword);
            Process setup = builder.start();
            String output = new String(setup.getInputStream().readAllBytes());
            if (setup.waitFor() != 0) {
                throw new StackException("cannot create the databases on " + pgJdbcBase + " as " + pgUser + ":\n" + output.strip());
            }
        } catch (IOException e) {
            throw new StackException("cannot run the database setup: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while creating databases");
        }
    }

    /** Launches the apps that are not running, all at once, then waits until every one is ready. */
    private void startApps(List<App> apps, List<String> launched) {
        Map<App, ProcessHandle> starting = new LinkedHashMap<>();
        for (App app : apps) {
            if (processes.running(app.module()).isPresent()) {
                progress.accept(app.module() + " is already running");
                continue;
            }
            Path jar = appJar(app);
            List<String> args = new ArrayList<>(config.appJavaOptions());
            args.addAll(List.of("-jar", jar.toString()));
            progress.accept("starting " + app.module() + " on port " + appPorts.get(app));
            starting.put(app, processes.launchJava(app.module(), args, appEnv(app)));
            launched.add(app.module());
        }
        long deadline = System.nanoTime() + config.readyTimeout().toNanos();
        Map<App, ProcessHandle> pending = new LinkedHashMap<>(starting);
        while (!pending.isEmpty()) {
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                App app = entry.getKey();
                if (ready(URI.create("http://localhost:" + appPorts.get(app)))) {
                    it.remove();
                } else if (!entry.getValue().isAlive()) {
                    throw startFailure(app.module(), "exited during start-up");
                }
            }
            if (!pending.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    App first = pending.keySet().iterator().next();
                    throw startFailure(first.module(), "is not ready after " + config.readyTimeout().toSeconds()
                            + " s (ASN_START_TIMEOUT raises the limit)");
                }
                pause();
            }
        }
    }

    private void awaitApp(String name, ProcessHandle process, URI url) {
        long deadline = System.nanoTime() + config.readyTimeout().toNanos();
        while (!ready(url)) {
            if (!process.isAlive()) {
                throw startFailure(name, "exited during start-up");
            }
            if (System.nanoTime() > deadline) {
                throw startFailure(name, "is not ready after " + config.readyTimeout().toSeconds() + " s");
            }
            pause();
        }
    }

    private Map<String, String> appEnv(App app) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(appPorts.get(app)));
        app.database().ifPresent(db -> {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", JdbcUrls.database(pgJdbcBase, db));
            env.put("QUARKUS_DATASOURCE_USERNAME", pgUser);
            env.put("QUARKUS_DATASOURCE_PASSWORD", pgPassword);
        });
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuerUrl(config.idp()).toString());
        env.put("QUARKUS_OIDC_TOKEN_AUDIENCE", TOKEN_AUDIENCE);
        if (app == App.GATEWAY && config.idp() == StackConfig.Idp.DEV) {
            env.put("QUARKUS_PROFILE", "local");
            env.put("ASN_DEV_ISSUER_PRIVATE_KEY_LOCATION", keysDir().resolve(DevKeys.PRIVATE_KEY).toString());
        }
        if (app == App.GATEWAY) {
            for (App service : App.values()) {
                if (service.isService()) {
                    env.put("ASN_GATEWAY_SERVICES_" + service.envName() + "_URL",
                            upstreamUrls(appPorts.get(service), secondPorts.get(service)));
                }
            }
        }
        if (app == App.CAREER) {
            // career asks competency for job fit through its REST client (docs/adr/0017-fault-tolerance.md)
            env.put("QUARKUS_REST_CLIENT_COMPETENCY_URL", "http://localhost:" + appPorts.get(App.COMPETENCY));
        }
        env.putAll(config.extraEnv());
        return env;
    }

    /**
     * The one OIDC issuer every app trusts (docs/adr/0013-oidc.md): the gateway's development issuer, which serves
     * its discovery document and JWKS below this URL, or Keycloak's realm (docs/adr/0014-keycloak-local.md). The
     * services start before the gateway; quarkus-oidc asks the issuer again on the first request with a token.
     */
    private URI issuerUrl(StackConfig.Idp idp) {
        return idp == StackConfig.Idp.KEYCLOAK ? Keycloak.issuer(keycloakPort)
                : URI.create("http://localhost:" + appPorts.get(App.GATEWAY) + "/dev-issuer");
    }

    /**
     * Tokens for the demo users and clients from the issuer the running stack trusts: the gateway's dev issuer, or
     * Keycloak (password grant for users, client credentials for clients).
     */
    public synchronized DevAuth auth() {
        StackUrls current = urls();
        if (urlsIdp == StackConfig.Idp.KEYCLOAK) {
            return DevAuth.keycloak(current.issuer(), keycloak().realmFile(), config.projectDir().resolve(DevAuth.IDENTITIES_FILE));
        }
        return DevAuth.devIssuer(current.gateway(), issuerUrl(StackConfig.Idp.DEV),
                keysDir().resolve(DevKeys.PRIVATE_KEY));
    }

    /** The hook for demo data: runs the {@link DemoDataLoader} of this build once per state directory. */
    private void loadDemoDataOnce(StackUrls urls) {
        Path marker = config.stateDir().resolve(DEMO_MARKER);
        if (!config.loadDemoData() || Files.exists(marker) || !config.apps().contains(App.GATEWAY)) {
            return;
        }
        Optional<DemoDataLoader> loader = ServiceLoader.load(DemoDataLoader.class).findFirst();
        if (loader.isEmpty()) {
            progress.accept("no demo data loader in this build yet; skipping demo data");
            return;
        }
        progress.accept("loading demo data (once; delete " + marker + " to load again)");
        try {
            loader.get().load(urls, auth());
            Files.writeString(marker, java.time.OffsetDateTime.now() + "\n");
        } catch (Exception e) {
            throw new StackException("loading demo data failed: " + e.getMessage(), e);
        }
    }

    // ---- endpoints and state

    /**
     * Fixes every port and URL: a component that is running keeps the port recorded when it started; the others
     * get the configured port, or a free one for 0. Ports that are taken by something else fail here, before
     * anything is started.
     */
    private void resolveEndpoints(Properties previous) {
        List<String> conflicts = new ArrayList<>();
        if (config.externalPostgres().isPresent()) {
            StackConfig.ExternalPostgres pg = config.externalPostgres().get();
            pgJdbcBase = pg.jdbcBase();
            pgUser = pg.user();
            pgPassword = pg.password();
        } else {
            pgPort = port(POSTGRES, "postgres.port", config.postgresPort(), previous, "ASN_PG_PORT", conflicts);
            pgJdbcBase = "jdbc:postgresql://localhost:" + pgPort + "/";
            // the services connect as their databases' owner, not the superuser: row-level security holds
            pgUser = DatabaseSetup.APP_ROLE;
            pgPassword = DatabaseSetup.APP_PASSWORD;
        }
        if (config.externalKafka().isPresent()) {
            kafkaBootstrap = config.externalKafka().get();
        } else {
            kafkaPort = port(KafkaBroker.NAME, "kafka.port", config.kafkaPort(), previous, "ASN_KAFKA_PORT", conflicts);
            kafkaBootstrap = "localhost:" + kafkaPort;
        }
        keycloakPort = port(Keycloak.NAME, "keycloak.port", config.keycloakPort(), previous, "ASN_KEYCLOAK_PORT", conflicts);
        for (App app : App.values()) {
            appPorts.put(app, port(app.module(), "app." + app.module() + ".port", config.port(app), previous,
                    "ASN_" + app.envName() + "_PORT", conflicts));
        }
        if (!conflicts.isEmpty()) {
            throw new StackException(String.join("\n", conflicts)
                    + "\nFree the port (see who holds it: ss -ltnp | grep :<port>) or choose another with the variable named.");
        }
    }

    private int port(String name, String key, int configured, Properties previous, String variable, List<String> conflicts) {
        boolean running = name.equals(POSTGRES) ? Postmaster.of(pgDataDir()).isPresent() : processes.running(name).isPresent();
        if (running && previous.getProperty(key) != null) {
            return Integer.parseInt(previous.getProperty(key));
        }
        if (configured == 0) {
            return Ports.free();
        }
        boolean wanted = name.equals(Keycloak.NAME) ? config.idp() == StackConfig.Idp.KEYCLOAK
                : App.byName(name).map(config.apps()::contains).orElse(true);
        if (wanted && !Ports.available(configured)) {
            conflicts.add("port " + configured + " for " + name + " is in use by another process (" + variable + ")");
        }
        return configured;
    }

    private void saveState() {
        Properties state = new Properties();
        if (config.externalPostgres().isEmpty()) {
            state.setProperty("postgres.port", Integer.toString(pgPort));
        } else {
            state.setProperty("postgres.external", "true");
        }
        state.setProperty("postgres.jdbcBase", pgJdbcBase);
        if (config.externalKafka().isEmpty()) {
            state.setProperty("kafka.port", Integer.toString(kafkaPort));
        } else {
            state.setProperty("kafka.external", "true");
        }
        state.setProperty("kafka.bootstrap", kafkaBootstrap);
        state.setProperty("idp", config.idp().name());
        if (config.idp() == StackConfig.Idp.KEYCLOAK || processes.running(Keycloak.NAME).isPresent()) {
            state.setProperty("keycloak.port", Integer.toString(keycloakPort));
        }
        appPorts.forEach((app, port) -> state.setProperty("app." + app.module() + ".port", Integer.toString(port)));
        try (OutputStream out = Files.newOutputStream(config.stateDir().resolve(STATE_FILE))) {
            state.store(out, "ports of the running local stack (written by ./asn up)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties loadState() {
        Properties state = new Properties();
        Path file = config.stateDir().resolve(STATE_FILE);
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                state.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return state;
    }

    /** The issuer of the stack as last started in this state directory, whatever this JVM was configured with. */
    private static StackConfig.Idp recordedIdp(Properties state) {
        return StackConfig.Idp.valueOf(state.getProperty("idp", StackConfig.Idp.DEV.name()));
    }

    private StackUrls currentUrls(StackConfig.Idp idp) {
        Map<App, URI> apps = new EnumMap<>(App.class);
        for (App app : config.apps()) {
            apps.put(app, URI.create("http://localhost:" + appPorts.get(app)));
        }
        return new StackUrls(URI.create("http://localhost:" + appPorts.get(App.GATEWAY)), apps, pgJdbcBase, kafkaBootstrap,
                issuerUrl(idp));
    }

    private static String externalNote(Properties state, String prefix) {
        return "true".equals(state.getProperty(prefix + ".external")) ? "external" : "stopped";
    }

    // ---- helpers

    private void stopAll(List<String> names) {
        // reverse start order: the gateway and services before the broker and database they use
        List<String> order = new ArrayList<>(names);
        java.util.Collections.reverse(order);
        List<Thread> apps = new ArrayList<>();
        for (String name : order) {
            if (App.byName(name).isPresent()) {
                Thread t = new Thread(() -> stopOne(name));
                t.start();
                apps.add(t);
            }
        }
        apps.forEach(LocalStack::join);
        for (String name : order) {
            if (App.byName(name).isEmpty()) {
                stopOne(name);
            }
        }
    }

    private void stopOne(String name) {
        if (name.equals(POSTGRES)) {
            if (pgStarter != null && pgStarter.isAlive()) {
                Processes.terminate(pgStarter.toHandle(), STOP_GRACE);
            }
            Postmaster.of(pgDataDir()).ifPresent(server -> {
                Postmaster.stop(server);
                progress.accept("stopped postgres");
            });
        } else if (processes.stop(name, STOP_GRACE)) {
            progress.accept("stopped " + name);
        }
    }

    private void await(String name, ProcessHandle process, BooleanSupplier ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw startFailure(name, "exited during start-up");
            }
            if (System.nanoTime() > deadline) {
                throw startFailure(name, "is not ready after " + timeout.toSeconds() + " s");
            }
            pause();
        }
    }

    private void awaitHelper(String name, Process helper, Duration timeout) {
        try {
            if (!helper.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw startFailure(name, "is not ready after " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while starting " + name);
        }
        if (helper.exitValue() != 0) {
            throw startFailure(name, "failed to start");
        }
    }

    private StackException startFailure(String name, String what) {
        return new StackException(name + " " + what + "; log: " + processes.logFile(name)
                + "\n---- last lines of " + processes.logFile(name).getFileName() + " ----\n" + processes.tail(name, 40));
    }

    private boolean ready(URI app) {
        return ok(app.resolve("/q/health/ready"));
    }

    private boolean ok(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }

    private Path appJar(App app) {
        Path jar = config.projectDir().resolve(app.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new StackException(app.module() + " is not built (no " + jar + "); run ./mvnw -q -B -DskipTests package -pl "
                    + app.module() + " -am");
        }
        return jar;
    }

    private App app(String name) {
        return App.byName(name).orElseThrow(() -> new IllegalArgumentException("no app named " + name
                + "; one of competency-service, training-service, appraisal-service, career-service, gateway"));
    }

    private Path keysDir() {
        return config.stateDir().resolve("keys");
    }

    private Path pgDataDir() {
        return config.stateDir().resolve("pg-data");
    }

    private Path kafkaDataDir() {
        return config.stateDir().resolve("kafka-data");
    }

    private void createStateDirs() {
        try {
            for (String dir : List.of("pg-data", "kafka-data", "keys", "logs", "pids")) {
                Files.createDirectories(config.stateDir().resolve(dir));
            }
        } catch (IOException e) {
            throw new StackException("cannot create the state directory " + config.stateDir() + ": " + e.getMessage(), e);
        }
    }

    private static OptionalLong sumRss(Optional<ProcessHandle> a, Optional<ProcessHandle> b) {
        long total = 0;
        boolean any = false;
        for (Optional<ProcessHandle> p : List.of(a, b)) {
            if (p.isPresent()) {
                List<ProcessHandle> tree = new ArrayList<>();
                tree.add(p.get());
                p.get().descendants().forEach(tree::add);
                for (ProcessHandle h : tree) {
                    OptionalLong rss = Processes.rssKib(h.pid());
                    if (rss.isPresent()) {
                        total += rss.getAsLong();
                        any = true;
                    }
                }
            }
        }
        return any ? OptionalLong.of(total) : OptionalLong.empty();
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing to remove
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for the stack");
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
