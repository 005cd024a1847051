package id.asn.platform.kit.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The HTTP side of an idempotent write, for resources: the stored JSON with {@code Idempotent-Replayed} on a replay. */
public final class IdempotentResponses {

    private IdempotentResponses() {
    }

    public static Response of(IdempotentAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(answer.json());
        if (answer.replayed()) {
            response.header(IdempotentRequests.REPLAYED_HEADER, "true");
        }
        return response.build();
    }
}
