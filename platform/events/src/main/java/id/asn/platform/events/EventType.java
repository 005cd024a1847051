package id.asn.platform.events;

/**
 * A published event type: its CloudEvents {@code type}, the topic it travels on and the record of its data.
 * Schemas only grow (new optional fields); a breaking change is a new type with the next {@code .vN}.
 */
public record EventType<T>(String name, String topic, Class<T> dataClass) {

    /** The JSON Schema of the data, on the classpath at {@code /schemas/<name>.json}. */
    public String schemaResource() {
        return "/schemas/" + name + ".json";
    }
}
