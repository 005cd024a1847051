package id.asn.platform.kit.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Sends a replayed answer: the kept status and JSON, exactly as stored, with {@code Idempotent-Replayed: true}. */
public class IdempotentResponses {

    @ServerExceptionMapper
    public Response replay(IdempotentReplay replay) {
        IdempotentAnswer answer = replay.answer();
        Response.ResponseBuilder response = Response.status(answer.status())
                .header(IdempotentRequests.REPLAYED_HEADER, "true");
        if (answer.json() != null) {
            response.type(MediaType.APPLICATION_JSON_TYPE).entity(answer.json());
        }
        return response.build();
    }
}
