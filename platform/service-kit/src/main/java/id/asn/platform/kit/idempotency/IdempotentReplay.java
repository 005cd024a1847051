package id.asn.platform.kit.idempotency;

/**
 * Ends a retried request with the answer kept for its key (an exception, so that a replay needs nothing from the
 * resource method's return type); {@link IdempotentResponses} sends it.
 */
public class IdempotentReplay extends RuntimeException {

    private final transient IdempotentAnswer answer;

    IdempotentReplay(IdempotentAnswer answer) {
        super(null, null, false, false);
        this.answer = answer;
    }

    IdempotentAnswer answer() {
        return answer;
    }
}
