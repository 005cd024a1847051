package id.asn.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A generated fuzz over every operation of the merged API document (issue 13, item 11), through the gateway of
 * the running system: each operation is called with tokens of every role and tenant and without one, with path
 * and query parameters of the documented shape and malformed (wrong type, huge, unicode, invalid UTF-8, NUL),
 * and with bodies generated from the schema or the documented examples and then mutated (wrong types, missing
 * required fields, extra fields, nulls, huge strings, malformed JSON). Whatever the input, the platform answers
 * no 5xx and every 4xx is problem+json. Nothing is hard-coded per operation: an operation added to a service's
 * document is walked on the next build. The seed is fixed, so a run repeats its inputs; ids the system hands out
 * (harvested from earlier answers to reach past 404) differ between runs. Counts per status and per operation go
 * to {@code target/fuzz-report.txt} and the log.
 */
// after the stories, whose data the fuzz reuses, and before KeycloakStoryTest switches the issuer
@Order(Integer.MAX_VALUE - 1)
class ContractFuzzTest {

    /**
     * A URI over the gateway's limit (4,000 characters, under the services' 4,096-byte request line) is 414
     * problem+json from the gateway; one over its HTTP layer's line limit (16 KB) is cut by that layer with a bare
     * 414 before any handler, by design (gateway README). The fuzz sends URIs up to this length, and drops the query
     * of a longer one.
     */
    private static final int EDGE_LINE_LIMIT = 16_000;
    private static final int GATEWAY_URI_LIMIT = 4_000;

    private static final long SEED = 1311L;
    /** Calls per operation: about 150 operations within two minutes of a loaded CI machine. */
    private static final int CASES_PER_OPERATION = 12;
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final int HUGE = 4000;
    private static final int HUGE_BODY_STRING = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Path REPORT = Path.of("target/fuzz-report.txt");

    /** What kind of input a call carries; a call may carry several. */
    enum Input {
        VALID, WRONG_TYPE, HUGE, UNICODE, INVALID_UTF8, EMPTY, BOUNDARY, INJECTION, NUL, COERCIBLE,
        MISSING_REQUIRED, EXTRA_FIELD, NULL, MALFORMED_JSON, WRONG_ROOT, WRONG_CONTENT_TYPE, NO_TOKEN, EXTRA_QUERY,
        URI_TOO_LONG
    }

    private static SystemStack system;
    private static JsonNode document;
    private static ContractValidation contract;

    private final Random random = new Random(SEED);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Values the system handed out, by field name, so that generated paths reach past 404. */
    private final Map<String, List<String>> seen = new TreeMap<>();

    @BeforeAll
    static void start() throws IOException {
        system = SystemStack.get();
        document = JSON.readTree(ContractValidation.document().toFile());
        contract = ContractValidation.get();
    }

    @Test
    void everyOperationAnswersNo5xxAndEvery4xxIsProblemJson() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).as("operations in the merged document").hasSizeGreaterThan(50);
        List<Caller> callers = callers();
        Report report = new Report();
        long started = System.nanoTime();

        // first the reads without path parameters, as hr-admin of each tenant and the national viewer: what they
        // answer seeds the path parameters
        List<Caller> seeders = callers.stream().filter(caller -> caller.name.startsWith("hr.")
                || caller.name.startsWith("national.")).toList();
        for (Operation operation : operations) {
            if (operation.method.equals("get") && !operation.template.contains("{")) {
                for (Caller caller : seeders) {
                    report.add(operation, send(operation, caller, EnumSet.of(Input.VALID), true));
                }
            }
        }
        for (Operation operation : operations) {
            if (report.requests % 500 < CASES_PER_OPERATION) {
                System.out.printf("fuzz: %d requests, at %s%n", report.requests, operation.key());
            }
            // each role once (of a random tenant), then mostly the roles the operation let in
            List<String> roles = callers.stream().map(Caller::role).distinct().toList();
            Set<String> admitted = new LinkedHashSet<>();
            for (int i = 0; i < CASES_PER_OPERATION; i++) {
                String role = i < roles.size() ? roles.get(i)
                        : !admitted.isEmpty() && random.nextInt(4) > 0 ? pick(admitted.toArray(String[]::new))
                        : roles.get(random.nextInt(roles.size()));
                List<Caller> ofRole = callers.stream().filter(caller -> caller.role().equals(role)).toList();
                Caller caller = ofRole.get(random.nextInt(ofRole.size()));
                Outcome outcome = send(operation, caller, EnumSet.noneOf(Input.class), i < 2);
                if (outcome.status != 401 && outcome.status != 403) {
                    admitted.add(role);
                }
                report.add(operation, outcome);
            }
        }
        report.write(operations.size(), (System.nanoTime() - started) / 1e9);

        assertThat(report.failures).as("answers that break the rules (see %s)", REPORT.toAbsolutePath()).isEmpty();
    }

    /** One call: the inputs generated for it, what came back, and whether that breaks the rules. */
    private Outcome send(Operation operation, Caller caller, Set<Input> inputs, boolean valid) throws Exception {
        Set<Input> used = EnumSet.copyOf(inputs.isEmpty() ? EnumSet.of(Input.VALID) : inputs);
        if (caller.token == null) {
            used.add(Input.NO_TOKEN);
        }
        String path = path(operation, valid, used);
        String query = query(operation, valid, used);
        if (path.length() + query.length() > EDGE_LINE_LIMIT) {
            query = "";
        }
        if (path.length() + query.length() > GATEWAY_URI_LIMIT) {
            used.add(Input.URI_TOO_LONG);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.urls.gateway().toString()
                        .replaceAll("/$", "") + path + query))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept(operation));
        if (caller.token != null) {
            request.header("Authorization", "Bearer " + caller.token);
        }
        headers(operation, valid, used).forEach(request::header);
        Body body = body(operation, valid, used);
        if (body == null) {
            request.method(operation.method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", body.contentType);
            request.method(operation.method.toUpperCase(), HttpRequest.BodyPublishers.ofByteArray(body.bytes));
        }
        if (used.size() > 1) {
            used.remove(Input.VALID);
        }
        HttpRequest built = request.build();
        HttpResponse<String> response;
        try {
            response = sendOnce(built);
        } catch (IOException e) {
            return new Outcome(caller, built, body, used, -1, "", "no answer: " + e, List.of());
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() / 100 == 2 && contentType.startsWith("application/json")) {
            harvest(operation.template, response.body());
        }
        String failure = null;
        int status = response.statusCode();
        if (status >= 500 && !documented(operation, status)) {
            failure = "answered " + status;
        } else if (status >= 400 && status < 500 && !contentType.startsWith("application/problem+json")) {
            failure = "a " + status + " that is not problem+json but '" + contentType + "'";
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status).withBody(response.body());
        if (!contentType.isEmpty()) {
            answer.withContentType(contentType);
        }
        ValidationReport mismatch = contract.validateResponse(operation.template,
                Request.Method.valueOf(operation.method.toUpperCase()), answer.build());
        List<String> mismatches = mismatch.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getKey).toList();
        return new Outcome(caller, built, body, used, status, response.body(), failure, mismatches);
    }

    /** The media types of the documented answers, problem+json included: what a client of the document asks for. */
    private static String accept(Operation operation) {
        Set<String> types = new LinkedHashSet<>();
        operation.node.path("responses").forEach(response -> response.path("content").fieldNames()
                .forEachRemaining(types::add));
        types.add("application/problem+json");
        return String.join(", ", types);
    }

    /**
     * The call, repeated once when the first try got no answer (a kept-alive connection the gateway had just
     * closed) or a 502/503/504 (a slow or restarting service on a loaded machine): the second is the finding.
     */
    private HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException firstTry) {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        if (response.statusCode() >= 502 && response.statusCode() <= 504) {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        return response;
    }

    private static boolean documented(Operation operation, int status) {
        return operation.node.path("responses").has(String.valueOf(status));
    }

    // ---- path, query, headers

    private String path(Operation operation, boolean valid, Set<Input> used) {
        StringBuilder path = new StringBuilder();
        String template = operation.template;
        int at = 0;
        while (true) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                path.append(template.substring(at));
                return path.toString();
            }
            int close = template.indexOf('}', open);
            path.append(template, at, open);
            String name = template.substring(open + 1, close);
            JsonNode parameter = parameter(operation, "path", name);
            path.append(valid || random.nextInt(3) > 0
                    ? encode(validValue(parameter, name, prefixOf(template, open)))
                    : malformed(parameter.path("schema"), used));
            at = close + 1;
        }
    }

    private String query(Operation operation, boolean valid, Set<Input> used) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : operation.parameters) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asText();
            int dice = random.nextInt(10);
            if (valid || dice < 5) {
                if (parameter.path("required").asBoolean() || dice < 3 || valid) {
                    pairs.add(encode(name) + "=" + encode(validValue(parameter, name, null)));
                }
            } else if (dice < 9) {
                pairs.add(encode(name) + "=" + malformed(parameter.path("schema"), used));
            }
        }
        if (!valid && random.nextInt(10) == 0) {
            pairs.add("undocumented=" + encode("x"));
            used.add(Input.EXTRA_QUERY);
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private Map<String, String> headers(Operation operation, boolean valid, Set<Input> used) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters) {
            if (!parameter.path("in").asText().equals("header")) {
                continue;
            }
            String name = parameter.path("name").asText();
            int dice = random.nextInt(10);
            if (valid || dice < 6) {
                headers.put(name, validValue(parameter, name, null));
            } else if (dice < 8) {
                // header values are ASCII on the wire; HttpClient refuses control characters in them
                headers.put(name, "k".repeat(HUGE));
                used.add(Input.HUGE);
            } else if (dice < 9) {
                headers.put(name, "");
                used.add(Input.EMPTY);
            }
        }
        return headers;
    }

    /** A value of the documented shape: one the system handed out, an example, or generated from the schema. */
    private String validValue(JsonNode parameter, String name, String prefix) {
        List<String> candidates = seen.getOrDefault(name, List.of());
        if (name.equals("id") && prefix != null && seen.containsKey(prefix + "#id")) {
            candidates = seen.get(prefix + "#id");
        }
        if (!candidates.isEmpty() && random.nextInt(4) > 0) {
            return candidates.get(random.nextInt(candidates.size()));
        }
        JsonNode schema = resolve(parameter.path("schema"));
        if (parameter.has("example") && random.nextBoolean()) {
            return text(parameter.get("example"));
        }
        return text(generate(schema, 0));
    }

    /** A parameter value the document does not allow, already encoded for the URI. */
    private String malformed(JsonNode schema, Set<Input> used) {
        List<Input> kinds = List.of(Input.WRONG_TYPE, Input.HUGE, Input.UNICODE, Input.INVALID_UTF8, Input.EMPTY,
                Input.BOUNDARY, Input.INJECTION, Input.NUL);
        Input kind = kinds.get(random.nextInt(kinds.size()));
        used.add(kind);
        String type = resolve(schema).path("type").asText("string");
        return switch (kind) {
            case WRONG_TYPE -> encode(type.equals("string") ? pick("{}", "[1]", "true", "-") : pick("abc", "1.5e", "x1"));
            case HUGE -> encode(random.nextBoolean() ? "9".repeat(HUGE) : "h".repeat(HUGE));
            case UNICODE -> encode(pick("ñandú", "漢字テスト", "😀🚀", "\u202Eevil", "e\u0301\u0301", "\uFEFF", "\uD800"));
            case INVALID_UTF8 -> pick("%C3%28", "%FF%FE", "%E2%82", "%C0%AF");
            case EMPTY -> pick("", "%20", "%09");
            case BOUNDARY -> encode(pick("-1", "0", "2147483648", "-9223372036854775809", "1e309", "NaN",
                    "0000-00-00", "9999-99-99", "2026-02-30", "00000000-0000-0000-0000-000000000000"));
            case INJECTION -> encode(pick("' OR '1'='1", "../../etc/passwd", "%s%n", "${jndi:ldap://x}", "<script>",
                    "a/b", "..", ";drop table x"));
            case NUL -> encode("a\u0000b");
            default -> throw new IllegalStateException(kind.name());
        };
    }

    // ---- bodies

    private record Body(String contentType, byte[] bytes, String shown) {
    }

    private Body body(Operation operation, boolean valid, Set<Input> used) {
        JsonNode requestBody = resolve(operation.node.path("requestBody"));
        if (requestBody.isMissingNode()) {
            return null;
        }
        Iterator<Map.Entry<String, JsonNode>> contents = requestBody.path("content").fields();
        if (!contents.hasNext()) {
            return null;
        }
        Map.Entry<String, JsonNode> content = contents.next();
        String mediaType = content.getKey();
        if (!mediaType.contains("json")) {
            return textBody(mediaType, content.getValue(), valid, used);
        }
        JsonNode schema = content.getValue().path("schema");
        JsonNode value = example(content.getValue());
        if (value == null || random.nextBoolean()) {
            value = generate(schema, 0);
        }
        if (valid) {
            return json(mediaType, value);
        }
        int dice = random.nextInt(20);
        if (dice == 0) {
            used.add(Input.MALFORMED_JSON);
            String text = value.toString();
            return new Body(mediaType, text.substring(0, Math.max(1, text.length() / 2)).getBytes(StandardCharsets.UTF_8),
                    "(cut) " + text);
        }
        if (dice == 1) {
            used.add(Input.WRONG_ROOT);
            return json(mediaType, pickNode(NODES.arrayNode(), NODES.textNode("rows"), NODES.numberNode(42),
                    NODES.nullNode()));
        }
        if (dice == 2) {
            used.add(Input.WRONG_CONTENT_TYPE);
            return new Body(pick("text/plain", "application/xml", "application/x-www-form-urlencoded"),
                    value.toString().getBytes(StandardCharsets.UTF_8), value.toString());
        }
        if (dice == 3) {
            used.add(Input.EMPTY);
            return new Body(mediaType, new byte[0], "");
        }
        JsonNode mutated = value.deepCopy();
        int mutations = 1 + random.nextInt(2);
        for (int i = 0; i < mutations; i++) {
            mutated = mutate(mutated, schema, used);
        }
        return json(mediaType, mutated);
    }

    private static Body json(String mediaType, JsonNode value) {
        String text = value.toString();
        return new Body(mediaType, text.getBytes(StandardCharsets.UTF_8), text);
    }

    private Body textBody(String mediaType, JsonNode content, boolean valid, Set<Input> used) {
        JsonNode example = example(content);
        String text = example != null && example.isTextual() ? example.asText() : "a,b\n1,2\n";
        if (!valid) {
            List<Input> kinds = List.of(Input.HUGE, Input.UNICODE, Input.MALFORMED_JSON, Input.EMPTY, Input.NUL);
            Input kind = kinds.get(random.nextInt(kinds.size()));
            used.add(kind);
            text = switch (kind) {
                case HUGE -> text + "x".repeat(HUGE_BODY_STRING) + "\n";
                case UNICODE -> text.replaceFirst(",", ",😀\u202E,");
                case MALFORMED_JSON -> text + "\"unclosed,quote\n";
                case EMPTY -> "";
                case NUL -> text.replaceFirst(",", ",a\u0000b");
                default -> throw new IllegalStateException(kind.name());
            };
        }
        return new Body(mediaType, text.getBytes(StandardCharsets.UTF_8), text);
    }

    /** One mutation somewhere in the value: a field of a wrong type, a required one missing, an extra, a null. */
    private JsonNode mutate(JsonNode value, JsonNode schema, Set<Input> used) {
        List<Slot> slots = new ArrayList<>();
        slots(value, resolve(schema), slots, 0);
        if (slots.isEmpty() || !(value instanceof ObjectNode) && !(value instanceof ArrayNode)) {
            used.add(Input.WRONG_ROOT);
            return NODES.objectNode().put("unexpected", "x");
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        List<Input> kinds = List.of(Input.WRONG_TYPE, Input.MISSING_REQUIRED, Input.EXTRA_FIELD, Input.NULL,
                Input.HUGE, Input.UNICODE, Input.BOUNDARY, Input.INJECTION, Input.NUL, Input.COERCIBLE);
        Input kind = kinds.get(random.nextInt(kinds.size()));
        String type = slot.schema.path("type").asText("");
        JsonNode replacement;
        switch (kind) {
            case MISSING_REQUIRED -> {
                if (slot.parent instanceof ObjectNode object && slot.name != null) {
                    object.remove(slot.name);
                    used.add(kind);
                }
                return value;
            }
            case EXTRA_FIELD -> {
                if (slot.parent instanceof ObjectNode object) {
                    object.put("unexpectedField" + random.nextInt(10), "x");
                    used.add(kind);
                }
                return value;
            }
            // a value no JSON type of the field could be converted from
            case WRONG_TYPE -> replacement = switch (type) {
                case "object" -> NODES.arrayNode().add(1);
                case "array" -> NODES.objectNode().put("a", 1);
                case "string" -> NODES.objectNode().put("value", "x");
                default -> pickNode(NODES.textNode("abc"), NODES.objectNode(), NODES.arrayNode().add("x"));
            };
            // a value Jackson's defaults convert (the harden branch refuses them: issue 13, item 2)
            case COERCIBLE -> replacement = switch (type) {
                case "string" -> slot.schema.path("format").asText().startsWith("date")
                        ? NODES.arrayNode().add(2026).add(1).add(1) : pickNode(NODES.numberNode(60), NODES.booleanNode(true));
                case "integer", "number" -> pickNode(NODES.textNode("60"), NODES.numberNode(1.5));
                case "boolean" -> pickNode(NODES.textNode("true"), NODES.numberNode(1));
                default -> NODES.textNode("60");
            };
            case NULL -> replacement = NODES.nullNode();
            case HUGE -> replacement = type.equals("integer") || type.equals("number")
                    ? NODES.numberNode(new java.math.BigDecimal("1e400")) : NODES.textNode("h".repeat(HUGE_BODY_STRING));
            case UNICODE -> replacement = NODES.textNode(pick("ñandú 漢字 😀", "\u202Eevil", "\uD800", "e\u0301\u0301",
                    "\u0007\u001b[31m"));
            case BOUNDARY -> replacement = pickNode(NODES.numberNode(-1), NODES.numberNode(0),
                    NODES.numberNode(Long.MAX_VALUE), NODES.textNode(""), NODES.textNode(" "),
                    NODES.textNode("2026-02-30"), NODES.arrayNode());
            case INJECTION -> replacement = NODES.textNode(pick("' OR '1'='1", "${jndi:ldap://x}", "<script>x</script>",
                    "../../etc/passwd"));
            case NUL -> replacement = NODES.textNode("a\u0000b");
            default -> throw new IllegalStateException(kind.name());
        }
        used.add(kind);
        if (slot.parent == null) {
            return replacement;
        }
        if (slot.parent instanceof ObjectNode object) {
            object.set(slot.name, replacement);
        } else if (slot.parent instanceof ArrayNode array) {
            array.set(slot.index, replacement);
        }
        return value;
    }

    /** A place in the value that a mutation can change, with the schema it has there. */
    private record Slot(JsonNode parent, String name, int index, JsonNode schema) {
    }

    private void slots(JsonNode value, JsonNode schema, List<Slot> slots, int depth) {
        if (depth > 6) {
            return;
        }
        if (value instanceof ObjectNode object) {
            JsonNode properties = resolve(schema).path("properties");
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode propertySchema = resolve(properties.path(name));
                slots.add(new Slot(object, name, -1, propertySchema));
                slots(object.get(name), propertySchema, slots, depth + 1);
            }
        } else if (value instanceof ArrayNode array) {
            JsonNode items = resolve(resolve(schema).path("items"));
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i, items));
                slots(array.get(i), items, slots, depth + 1);
            }
        }
    }

    private static JsonNode example(JsonNode content) {
        if (content.has("example")) {
            return content.get("example");
        }
        JsonNode examples = content.path("examples");
        if (examples.isObject() && examples.size() > 0) {
            return examples.elements().next().path("value").deepCopy();
        }
        return null;
    }

    /** A value of the schema: its example, an enum value, or one made from type, format and bounds. */
    private JsonNode generate(JsonNode schemaOrRef, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        if (schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            schema.get("allOf").forEach(part -> {
                if (generate(part, depth + 1) instanceof ObjectNode object) {
                    merged.setAll(object);
                }
            });
            return merged;
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.has(choice)) {
                JsonNode options = schema.get(choice);
                return generate(options.get(random.nextInt(options.size())), depth + 1);
            }
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && examples.size() > 0 && random.nextBoolean()) {
            return examples.get(random.nextInt(examples.size()));
        }
        if (schema.has("example") && random.nextBoolean()) {
            return schema.get("example");
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText()
                : schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 5) {
                    return object;
                }
                Set<String> required = new LinkedHashSet<>();
                schema.path("required").forEach(name -> required.add(name.asText()));
                schema.path("properties").fields().forEachRemaining(property -> {
                    if (required.contains(property.getKey()) || random.nextInt(3) > 0) {
                        object.set(property.getKey(), generate(property.getValue(), depth + 1));
                    }
                });
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = Math.max(schema.path("minItems").asInt(0), depth > 5 ? 0 : 1 + random.nextInt(2));
                for (int i = 0; i < size; i++) {
                    array.add(generate(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                long min = schema.path("minimum").asLong(0);
                long max = schema.path("maximum").asLong(min + 100);
                return NODES.numberNode(min + (long) (random.nextDouble() * (max - min)));
            }
            case "number" -> {
                double min = schema.path("minimum").asDouble(schema.path("exclusiveMinimum").asDouble(0));
                double max = schema.path("maximum").asDouble(min + 100);
                return NODES.numberNode(Math.round((min + random.nextDouble() * (max - min)) * 100) / 100.0);
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(string(schema));
            }
        }
    }

    private String string(JsonNode schema) {
        return switch (schema.path("format").asText("")) {
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "date" -> LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)).toString();
            case "date-time" -> LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)) + "T08:00:00Z";
            case "local-time" -> "08:00";
            default -> {
                int min = schema.path("minLength").asInt(1);
                int max = Math.min(schema.path("maxLength").asInt(min + 12), min + 40);
                StringBuilder text = new StringBuilder();
                int length = min + random.nextInt(Math.max(1, max - min + 1));
                for (int i = 0; i < length; i++) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
                yield text.toString();
            }
        };
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    // ---- what the system hands out

    private void harvest(String template, String body) {
        try {
            JsonNode answer = JSON.readTree(body);
            harvest(null, answer, 0);
            // the ids of this collection's items, for its {id} paths
            String collection = template.replaceAll("/\\{[^}]+}$", "").replaceFirst("/?$", "/") + "#id";
            answer.findValues("id").stream().limit(30).forEach(id -> remember(collection, id.asText()));
        } catch (IOException notJson) {
            // a 2xx that claims JSON but is not would fail the contract check, which the report shows
        }
    }

    private void harvest(String name, JsonNode node, int depth) {
        if (depth > 8) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> harvest(field.getKey(), field.getValue(), depth + 1));
        } else if (node.isArray()) {
            node.forEach(element -> harvest(name, element, depth + 1));
        } else if (name != null && (node.isTextual() || node.isIntegralNumber()) && node.asText().length() <= 64) {
            remember(name, node.asText());
        }
    }

    private void remember(String name, String value) {
        List<String> values = seen.computeIfAbsent(name, key -> new ArrayList<>());
        if (values.size() < 30 && !values.contains(value)) {
            values.add(value);
        }
    }

    // ---- the document and the callers

    private record Operation(String method, String template, JsonNode node, List<JsonNode> parameters) {
        String key() {
            return method.toUpperCase() + " " + template;
        }
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
                entry.getValue().path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
                operations.add(new Operation(entry.getKey(), path.getKey(), entry.getValue(), parameters));
            }
        }));
        return operations;
    }

    private static JsonNode parameter(Operation operation, String in, String name) {
        return operation.parameters.stream()
                .filter(parameter -> parameter.path("in").asText().equals(in)
                        && parameter.path("name").asText().equals(name))
                .findFirst().orElse(NODES.objectNode());
    }

    /** The path before a {@code {id}}: ids are harvested per collection, other names across the API. */
    private static String prefixOf(String template, int open) {
        return template.substring(0, open);
    }

    private record Caller(String name, String token) {
        /** The demo identities are named {@code <role>.<tenant>}. */
        String role() {
            return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        }
    }

    /** Every demo identity of the dev issuer (each role of each tenant, the national viewer), and no token. */
    private List<Caller> callers() throws IOException {
        JsonNode users = JSON.readTree(system.devAuth.users());
        harvest(null, users, 0);
        List<Caller> callers = new ArrayList<>();
        users.findValues("username").forEach(username -> callers.add(
                new Caller(username.asText(), system.token(username.asText()))));
        assertThat(callers).as("demo identities").hasSizeGreaterThan(10);
        callers.add(new Caller("no token", null));
        return callers;
    }

    // ---- small helpers

    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private JsonNode pickNode(JsonNode... options) {
        return options[random.nextInt(options.length)];
    }

    // ---- the report

    private record Outcome(Caller caller, HttpRequest request, Body body, Set<Input> inputs, int status, String answer,
                           String failure, List<String> mismatches) {
    }

    private static final class Report {
        private final SortedMap<Integer, Integer> statuses = new TreeMap<>();
        private final Map<String, SortedMap<Integer, Integer>> perOperation = new LinkedHashMap<>();
        private final SortedMap<String, Integer> perInput = new TreeMap<>();
        private final SortedMap<String, Integer> contractMismatches = new TreeMap<>();
        private final List<String> failures = new ArrayList<>();
        private int requests;

        void add(Operation operation, Outcome outcome) {
            requests++;
            statuses.merge(outcome.status, 1, Integer::sum);
            perOperation.computeIfAbsent(operation.key(), key -> new TreeMap<>()).merge(outcome.status, 1, Integer::sum);
            outcome.inputs.forEach(input -> perInput.merge(input.name(), 1, Integer::sum));
            outcome.mismatches.forEach(key -> contractMismatches.merge(operation.key() + " " + outcome.status + " "
                    + key, 1, Integer::sum));
            if (outcome.failure != null) {
                String body = outcome.body == null ? "" : outcome.body.shown;
                failures.add(outcome.failure + ": " + operation.key() + " as " + outcome.caller.name + " "
                        + outcome.inputs + "\n    " + outcome.request.method() + " " + outcome.request.uri().getRawPath()
                        + (outcome.request.uri().getRawQuery() == null ? "" : "?" + outcome.request.uri().getRawQuery())
                        + "\n    body: " + abbreviate(body, 600) + "\n    answer: " + abbreviate(outcome.answer, 600));
            }
        }

        void write(int operations, double seconds) throws IOException {
            StringBuilder text = new StringBuilder();
            text.append(String.format("Contract fuzz: %d requests over %d operations in %.1f s (seed %d)%n", requests,
                    operations, seconds, SEED));
            text.append("By status: ").append(statuses.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", ")))
                    .append('\n');
            text.append("By input class: ").append(perInput.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", ")))
                    .append('\n');
            text.append(String.format("Failures (5xx, or a 4xx that is not problem+json): %d%n", failures.size()));
            failures.forEach(failure -> text.append("  ").append(failure).append('\n'));
            text.append("By operation:\n");
            perOperation.forEach((operation, counts) -> text.append("  ").append(operation).append(": ")
                    .append(counts.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                            .collect(Collectors.joining(", "))).append('\n'));
            text.append(String.format("Answers that differ from the document (informational: status not "
                    + "documented, body not as its schema): %d kinds%n", contractMismatches.size()));
            contractMismatches.forEach((key, count) -> text.append("  ").append(key).append(": ").append(count)
                    .append('\n'));
            Files.createDirectories(REPORT.toAbsolutePath().getParent());
            Files.writeString(REPORT, text);
            System.out.print(text);
        }

        private static String abbreviate(String text, int length) {
            return text.length() <= length ? text : text.substring(0, length) + "...(" + text.length() + " chars)";
        }
    }
}
