package id.asn.platform.kit.idempotency;

/** The answer kept for a key: its HTTP status and its JSON body ({@code null} for a 204). */
public record IdempotentAnswer(int status, String json) {
}
