package id.asn.platform.kit.idempotency;

/**
 * What {@link IdempotentRequests#once} answers, free of HTTP: the status to send, the answer as JSON (exactly the
 * stored text on a replay) and whether it was replayed; {@link IdempotentResponses#of} makes the HTTP response.
 */
public record IdempotentAnswer(int status, String json, boolean replayed) {
}
