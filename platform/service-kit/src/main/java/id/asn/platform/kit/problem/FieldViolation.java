package id.asn.platform.kit.problem;

/** One rejected field, its message as a key of the service's {@code messages} bundle and the key's arguments. */
public record FieldViolation(String field, String messageKey, Object... args) {
}
