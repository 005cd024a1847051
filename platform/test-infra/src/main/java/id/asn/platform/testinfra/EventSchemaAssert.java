package id.asn.platform.testinfra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.asn.platform.events.EventTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.Assertions;

/**
 * Checks a published event against the contract in {@code platform/events}: the envelope against
 * {@code schemas/cloudevent.json}, {@code data} against {@code schemas/<type>.json}, and that the subject is the
 * NIP the data is about. Use it on what a service actually put on Kafka:
 *
 * <pre>{@code EventSchemaAssert.assertConforms(record.value());}</pre>
 */
public final class EventSchemaAssert {

    private static final String SCHEMA_BASE = "https://asn.local/schemas/";
    private static final String ENVELOPE = "cloudevent.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    // The schemas' $ids are https://asn.local/schemas/...; resolve them (and their $refs) from the classpath.
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:schemas/")));

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    /**
     * Fails with every contract violation found, or returns if the event conforms.
     *
     * @param cloudEventJson a CloudEvent in structured JSON mode, e.g. the value of a record on an asn.* topic
     */
    public static void assertConforms(String cloudEventJson) {
        JsonNode event;
        try {
            event = MAPPER.readTree(cloudEventJson);
        } catch (JsonProcessingException e) {
            throw Assertions.<AssertionError>fail("%nExpecting a CloudEvent in JSON:%n  %s%nbut it is not JSON: %s",
                    cloudEventJson, e.getOriginalMessage());
        }

        List<String> errors = new ArrayList<>();
        validate(ENVELOPE, event, "$", errors);
        String type = event.path("type").asText();
        boolean knownType = EventTypes.byName(type).isPresent();
        if (!knownType) {
            errors.add("$.type: '" + type + "' is not an event type of EventTypes.ALL");
        } else if (event.path("data").isObject()) {
            JsonNode data = event.get("data");
            validate(type + ".json", data, "$.data", errors);
            checkSubjectIsTheEmployee(event.path("subject").asText(), data, errors);
        }

        if (!errors.isEmpty()) {
            Assertions.fail("%nExpecting CloudEvent:%n  %s%nto conform to %s%s, but:%n  %s",
                    event.toPrettyString().replace("\n", "\n  "), ENVELOPE, knownType ? " and " + type + ".json" : "",
                    String.join("\n  ", errors));
        }
    }

    private static void validate(String schemaFile, JsonNode instance, String at, List<String> errors) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(schemaFile,
                file -> FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + file), CONFIG));
        for (ValidationMessage message : schema.validate(instance)) {
            // Locations are JSON paths from the validated node ("$.jp"); re-root them at the event.
            errors.add(at + message.getInstanceLocation().toString().substring(1) + ": " + message.getError());
        }
    }

    /** The record key and the subject are the employee's NIP; a mismatch would put the event out of order. */
    private static void checkSubjectIsTheEmployee(String subject, JsonNode data, List<String> errors) {
        JsonNode nip = data.has("nip") ? data.get("nip") : data.path("employee").path("nip");
        if (nip.isTextual() && !nip.asText().equals(subject)) {
            errors.add("$.subject: '" + subject + "' is not the NIP the data is about ('" + nip.asText() + "')");
        }
    }

    private EventSchemaAssert() {
    }
}
