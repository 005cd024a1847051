package id.asn.platform.problem;

import java.net.URI;

/**
 * The kinds of problem the platform reports. Each has a stable type URI, a status and a localized title
 * ({@code problem.<slug>.title} in the {@code asn-problems} bundle).
 */
public enum ProblemKind {
    VALIDATION(400, "validation"),
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHENTICATED(401, "unauthenticated"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    STALE_VERSION(409, "stale-version"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    URI_TOO_LONG(414, "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    BUSINESS_RULE(422, "business-rule"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    INTERNAL(500, "internal"),
    BAD_GATEWAY(502, "bad-gateway"),
    SERVICE_UNAVAILABLE(503, "service-unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout");

    private final int status;
    private final String slug;

    ProblemKind(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public URI type() {
        return URI.create("urn:asn:problem:" + slug);
    }

    /** Builds the problem document of this kind in the caller's language. */
    public Problem problem(Messages messages, String detail, String instance, String correlationId,
                           java.util.List<Problem.FieldError> errors) {
        return new Problem(type(), messages.get("problem." + slug + ".title"), status, detail, instance,
                correlationId, errors);
    }

    public Problem problem(Messages messages, String detail, String instance, String correlationId) {
        return problem(messages, detail, instance, correlationId, java.util.List.of());
    }
}
