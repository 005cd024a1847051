package id.asn.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** The commands behind {@code ./asn}: up, status, logs, down, token. */
public final class Cli {
    private static final String USAGE = """
            usage: ./asn <command>
              up [--idp dev|keycloak] start PostgreSQL, Kafka, the four services and the gateway; returns when healthy
                                      (--idp keycloak, or ASN_IDP=keycloak: with a Keycloak that issues the tokens)
              status                  what runs, on which port, ready or not, memory
              logs <name> [-f] [-n N] last lines of a log (postgres, kafka, keycloak, gateway, competency, ...)
              down                    stop everything ./asn started (data in .asn/ is kept)
              token <user>            print a bearer token for a demo user or partner client (from Keycloak
                                      when the stack runs with it)
              token --list [--json]   list the demo users and partner clients (a table, or the issuer's JSON)
              bench [name...]         run the benchmark suite and write one report (bench/README.md; the
                                      script hands it to bench/suite, not to this launcher)
            configuration: environment variables, see docs/running.md""";

    private Cli() {
    }

    public static void main(String[] args) {
        Path projectDir = Path.of(System.getProperty("asn.project", ".")).toAbsolutePath().normalize();
        try {
            System.exit(run(projectDir, args));
        } catch (StackException | IllegalArgumentException e) {
            System.err.println("asn: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(Path projectDir, String[] args) {
        if (args.length == 0) {
            System.err.println(USAGE);
            return 2;
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        if (args[0].equals("up")) {
            upOptions(args, env);
        }
        StackConfig config = StackConfig.fromEnvironment(projectDir, env);
        LocalStack stack = LocalStack.configure(config);
        switch (args[0]) {
            case "up":
                return up(stack);
            case "status":
                return status(stack);
            case "logs":
                return logs(stack, args);
            case "down":
                stack.stop();
                System.out.println("the local stack is stopped (data kept in " + config.stateDir() + ")");
                return 0;
            case "token":
                return token(stack, args);
            case "help":
            case "--help":
            case "-h":
                System.out.println(USAGE);
                return 0;
            default:
                System.err.println("unknown command " + args[0] + "\n" + USAGE);
                return 2;
        }
    }

    /** {@code --idp keycloak} is ASN_IDP=keycloak for this start. */
    private static void upOptions(String[] args, Map<String, String> env) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--idp") && i + 1 < args.length) {
                env.put("ASN_IDP", StackConfig.Idp.parse(args[++i], "--idp").name());
            } else if (args[i].startsWith("--idp=")) {
                env.put("ASN_IDP", StackConfig.Idp.parse(args[i].substring("--idp=".length()), "--idp").name());
            } else {
                throw new IllegalArgumentException("unknown option " + args[i] + " (up [--idp dev|keycloak])");
            }
        }
    }

    private static int up(LocalStack stack) {
        long jvmStart = System.currentTimeMillis();
        // the launcher passes the moment ./asn was invoked, so the figure includes any build and this JVM's start
        long invoked = parseLong(System.getenv("ASN_UP_STARTED_AT"), jvmStart);
        StackUrls urls = stack.start();
        long healthy = stack.healthyAtMillis();
        System.out.println();
        System.out.printf(Locale.ROOT, "ASN local stack is up: healthy %.1f s after ./asn up (%.1f s of it starting processes;"
                        + " demo data, if loaded now, came after)%n%n",
                (healthy - invoked) / 1000.0, (healthy - jvmStart) / 1000.0);
        if (urls.apps().containsKey(App.GATEWAY)) {
            row("gateway", urls.gateway().toString());
            row("Swagger UI", urls.swaggerUi().toString());
        }
        for (App app : App.values()) {
            if (app.isService() && urls.apps().containsKey(app)) {
                row(app.module(), urls.app(app).toString());
            }
        }
        row("PostgreSQL", urls.postgresJdbcBase() + "  (databases competency, training, appraisal, career)");
        row("Kafka", urls.kafkaBootstrap());
        if (stack.config().idp() == StackConfig.Idp.KEYCLOAK) {
            row("Keycloak", urls.issuer() + "  (admin console " + urls.issuer().resolve("/admin/") + ", admin/admin)");
        }
        System.out.println();
        System.out.println("  demo users:   ./asn token --list");
        System.out.println("  a token:      TOKEN=$(./asn token <user>)");
        System.out.println("                curl -H \"Authorization: Bearer $TOKEN\" " + urls.gateway() + "/api/v1/employees");
        System.out.println("  logs, status: ./asn logs <name>, ./asn status      stop: ./asn down");
        return 0;
    }

    private static int status(LocalStack stack) {
        System.out.printf("%-20s %-8s %-6s %-11s %9s  %s%n", "NAME", "PID", "PORT", "STATE", "RSS", "URL");
        for (LocalStack.ComponentStatus c : stack.status()) {
            System.out.printf("%-20s %-8s %-6s %-11s %9s  %s%n", c.name(), c.pid().map(String::valueOf).orElse("-"), c.port(),
                    c.detail(), c.rssKib().isPresent() ? (c.rssKib().getAsLong() / 1024) + " MiB" : "-", c.url());
        }
        return 0;
    }

    private static int logs(LocalStack stack, String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("which log? ./asn logs <postgres|kafka|keycloak|gateway|competency|training|appraisal|career> [-f] [-n N]");
        }
        String name = args[1];
        if (!name.equals(LocalStack.POSTGRES) && !name.equals(KafkaBroker.NAME) && !name.equals(Keycloak.NAME)) {
            name = App.byName(name).map(App::module)
                    .orElseThrow(() -> new IllegalArgumentException("no log named " + args[1]
                            + "; one of postgres, kafka, keycloak, gateway, competency, training, appraisal, career"));
        }
        Path log = stack.logFile(name);
        if (!Files.exists(log)) {
            throw new IllegalArgumentException("no log yet at " + log + " (has it been started?)");
        }
        List<String> command = new ArrayList<>(List.of("tail", "-n", "200"));
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("-f")) {
                command.add("-F");
            } else if (args[i].equals("-n") && i + 1 < args.length) {
                command.set(2, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i] + " (-f, -n N)");
            }
        }
        command.add(log.toString());
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new StackException("cannot run tail: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static int token(LocalStack stack, String[] args) {
        boolean list = args.length >= 2 && args[1].equals("--list");
        boolean json = args.length == 3 && args[2].equals("--json");
        if (args.length != 2 && !(list && json)) {
            throw new IllegalArgumentException("usage: ./asn token <user> | ./asn token --list [--json]");
        }
        DevAuth auth = stack.auth();
        if (list) {
            System.out.println(json ? auth.users() : IdentityTable.render(auth.users()));
        } else {
            System.out.println(auth.token(args[1]));
        }
        return 0;
    }

    private static void row(String name, String value) {
        System.out.printf("  %-20s %s%n", name, value);
    }

    private static long parseLong(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
