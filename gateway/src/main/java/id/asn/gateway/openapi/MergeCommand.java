package id.asn.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The build's use of {@link OpenApiMerge} (module {@code api-contract}): merges the documents the services stored
 * at build time into one file, with the route table the gateway is packaged with, so that the document the build
 * lints and generates a client from is the one the gateway serves.
 */
public final class MergeCommand {

    private static final String ROUTES = "asn.gateway.routes.";

    private MergeCommand() {
    }

    /** {@code <merged.json> <service>=<openapi.json>...}, one pair for every service of the route table. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: MergeCommand <merged.json> <service>=<openapi.json>...");
        }
        ObjectMapper mapper = new ObjectMapper();
        SortedMap<String, JsonNode> documents = new TreeMap<>();
        for (int i = 1; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("not <service>=<openapi.json>: " + args[i]);
            }
            documents.put(args[i].substring(0, equals), mapper.readTree(Path.of(args[i].substring(equals + 1)).toFile()));
        }
        Map<String, String> routes = routes();
        // a service added to the route table but not to the build would silently vanish from the contract
        TreeSet<String> without = new TreeSet<>(routes.values());
        without.removeAll(documents.keySet());
        if (!without.isEmpty()) {
            throw new IllegalArgumentException("no document given for the routed services " + without);
        }
        // and a service's new resource the route table lacks would answer 404 at the gateway and vanish too
        TreeSet<String> unrouted = new TreeSet<>();
        documents.forEach((service, document) -> document.path("paths").fieldNames().forEachRemaining(path -> {
            String segment = firstSegment(path);
            if (segment != null && !service.equals(routes.get(segment))) {
                unrouted.add(service + " " + path);
            }
        }));
        if (!unrouted.isEmpty()) {
            throw new IllegalArgumentException("paths the gateway does not route to their service "
                    + "(asn.gateway.routes.<segment>): " + unrouted);
        }
        Path merged = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(merged.getParent());
        mapper.writerWithDefaultPrettyPrinter()
                .writeValue(merged.toFile(), new OpenApiMerge(mapper, routes).merge(documents, List.of()));
    }

    /** The segment after {@code /api/v1/} that the route table is keyed by; null for paths outside the API. */
    static String firstSegment(String path) {
        if (!path.startsWith("/api/v1/")) {
            return null;
        }
        String rest = path.substring("/api/v1/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** The route table as packaged: the gateway's application.properties without profile or deployment overrides. */
    static Map<String, String> routes() {
        Properties properties = new Properties();
        try (InputStream in = MergeCommand.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("the gateway's application.properties is not on the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> routes = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(ROUTES)) {
                routes.put(key.substring(ROUTES.length()), properties.getProperty(key).strip());
            }
        }
        return routes;
    }
}
