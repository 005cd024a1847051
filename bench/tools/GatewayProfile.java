import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Attributes the CPU samples of a recording of `bench/run gateway` to the gateway's filters (bench/gateway-profile.sh).
 * Reads the recording with the JDK's own API: `jfr print` stops at the frames of hidden classes (lambdas).
 *   java bench/tools/GatewayProfile.java <file.jfr or a directory of them> [file of the benchmark's own thread ids]
 * Of a directory, the recording of the test JVM is taken: the one whose samples hold the gateway's frames (Maven
 * and its helper JVMs leave recordings too). A sample counts for the innermost of its frames that a category
 * matches ({@link #classify}).
 */
public class GatewayProfile {

    private static final Map<String, Pattern> CATEGORIES = new LinkedHashMap<>();
    private static final String IO = "HTTP codec, Netty and Vert.x I/O (both sides of the proxy)";

    static {
        category("load generator (benchmark)", "GatewayOverheadBenchmark");
        category("upstream (benchmark)", "BenchUpstream");
        category("JWT verification (quarkus-oidc, jose4j)", "org\\.jose4j|OidcIdentityProvider|OidcUtils|OidcProvider\\.verify");
        category("token cache lookup", "CachedTokenMechanism|VerifiedTokens\\.(lookup|answer)");
        category("token cache fill", "VerifiedTokens\\.augment");
        category("rest of authentication (HttpAuthenticator, identity)",
                "HttpAuthenticator|HttpSecurityRecorder|IdentityProviderManager|BearerAuthenticationMechanism|OidcAuthenticationMechanism");
        category("access log", "RequestCorrelation\\.lambda|org\\.jboss\\.logmanager|org\\.jboss\\.logging");
        category("request id (RequestCorrelation)", "RequestCorrelation");
        category("NUL check (RequestText)", "RequestText");
        category("route table (ProxyRoutes.resolve)", "ProxyRoutes\\.resolve|RouteTable");
        category("token requirement (EdgeAuthentication)", "EdgeAuthentication");
        category("rate limit (RateLimiter, bucket4j)", "RateLimiter|io\\.github\\.bucket4j");
        category("admission (Admission)", "proxy\\.Admission");
        category("security headers (SecurityHeaders)", "SecurityHeaders");
        category("tracing (OpenTelemetry)", "io\\.opentelemetry|OpenTelemetry|VertxTracer");
        category("CORS", "CORSFilter|CorsHandler");
        category("proxy: request, headers, relay (UpstreamProxy)", "UpstreamProxy|LimitedBody");
        category("routing (Vert.x Web)", "io\\.vertx\\.ext\\.web");
        category("Quarkus HTTP and CDI (request context, handlers)", "io\\.quarkus\\.vertx\\.http|io\\.quarkus\\.arc");
        category(IO, "io\\.netty|io\\.vertx");
    }

    private static void category(String name, String regex) {
        CATEGORIES.put(name, Pattern.compile(regex));
    }

    public static void main(String[] args) throws Exception {
        Set<Long> benchThreads = new HashSet<>();
        if (args.length > 1 && Files.exists(Path.of(args[1]))) {
            for (String id : Files.readString(Path.of(args[1])).split("\\s+")) {
                if (!id.isBlank()) {
                    benchThreads.add(Long.parseLong(id.trim()));
                }
            }
        }
        Path recordingFile = Path.of(args[0]);
        if (Files.isDirectory(recordingFile)) {
            try (var files = Files.list(recordingFile)) {
                recordingFile = files.filter(f -> f.toString().endsWith(".jfr")).filter(GatewayProfile::ofTheGateway)
                        .findFirst().orElseThrow(() -> new IllegalStateException("no recording of the gateway in " + args[0]));
            }
        }
        System.out.println("recording: " + recordingFile);
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> others = new TreeMap<>();
        int total = 0;
        int bench = 0;
        try (RecordingFile recording = new RecordingFile(recordingFile)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                total++;
                if (event.getThread("sampledThread") != null
                        && benchThreads.contains(event.getThread("sampledThread").getJavaThreadId())) {
                    bench++;
                    continue;
                }
                String where = classify(event.getStackTrace().getFrames());
                if (where.endsWith("(benchmark)")) {
                    bench++;
                } else {
                    counts.merge(where, 1, Integer::sum);
                    if (where.startsWith("other")) {
                        String thread = event.getThread("sampledThread") == null ? "?"
                                : event.getThread("sampledThread").getJavaName();
                        others.merge(thread.replaceAll("[0-9]+", "N") + " | " + leaf(event.getStackTrace().getFrames()),
                                1, Integer::sum);
                    }
                }
            }
        }
        int rest = Math.max(1, total - bench);
        System.out.printf("samples: %d, of which the benchmark's load generator and upstream %d%n", total, bench);
        System.out.printf("%-58s %8s %s%n", "where", "samples", "share of the rest");
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e ->
                System.out.printf("%-58s %8d %5.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / rest));
        System.out.println("the most frequent of \"other\" (thread | top frames):");
        others.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15).forEach(e ->
                System.out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
    }

    private static String leaf(List<RecordedFrame> frames) {
        StringBuilder top = new StringBuilder();
        for (int i = 0; i < Math.min(3, frames.size()); i++) {
            RecordedFrame frame = frames.get(i);
            if (frame.getMethod() != null) {
                String type = frame.getMethod().getType().getName();
                top.append(i == 0 ? "" : " < ").append(type.substring(type.lastIndexOf('.') + 1)).append('.')
                        .append(frame.getMethod().getName());
            }
        }
        return top.toString();
    }

    private static boolean ofTheGateway(Path file) {
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null
                        && event.getStackTrace().getFrames().stream().anyMatch(frame -> frame.getMethod() != null
                        && frame.getMethod().getType().getName().startsWith("id.asn.gateway"))) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException unreadable) {
            return false;
        }
    }

    /**
     * The benchmark's own categories if any frame is theirs; otherwise the innermost frame (nearest the leaf) that
     * belongs to a filter, a library layer or the proxy, so that a filter calling the next one synchronously is not
     * charged with what runs below it (the first version charged the outermost match, which put most of the chain
     * under Quarkus' authentication handler, the outermost of them); Netty and Vert.x I/O only when no such frame.
     */
    private static String classify(List<RecordedFrame> frames) {
        for (Map.Entry<String, Pattern> category : CATEGORIES.entrySet()) {
            if (category.getKey().endsWith("(benchmark)") && frames.stream().anyMatch(f -> matches(category, f))) {
                return category.getKey();
            }
        }
        String io = null;
        for (RecordedFrame frame : frames) {
            for (Map.Entry<String, Pattern> category : CATEGORIES.entrySet()) {
                if (!category.getKey().endsWith("(benchmark)") && matches(category, frame)) {
                    if (!category.getKey().equals(IO)) {
                        return category.getKey();
                    }
                    io = IO;
                }
            }
        }
        return io != null ? io : "other (JIT, GC, JDK)";
    }

    private static boolean matches(Map.Entry<String, Pattern> category, RecordedFrame frame) {
        return frame.getMethod() != null && category.getValue().matcher(
                frame.getMethod().getType().getName() + "." + frame.getMethod().getName()).find();
    }
}
