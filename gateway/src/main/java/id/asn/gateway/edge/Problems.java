package id.asn.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.platform.problem.Messages;
import id.asn.platform.problem.Problem;
import id.asn.platform.problem.ProblemKind;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Writes the gateway's own errors as the same RFC 9457 documents the services answer with. */
@ApplicationScoped
public class Problems {

    private final ObjectMapper mapper;

    Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The caller's language, chosen from {@code Accept-Language} as the services do. */
    public static Messages messages(RoutingContext ctx) {
        return Messages.forAcceptLanguage(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public void send(RoutingContext ctx, ProblemKind kind, String detailKey, Object... args) {
        send(ctx, kind, List.of(), detailKey, args);
    }

    public void send(RoutingContext ctx, ProblemKind kind, List<Problem.FieldError> errors, String detailKey,
                     Object... args) {
        Messages messages = messages(ctx);
        send(ctx, kind.problem(messages, messages.get(detailKey, args), ctx.request().path(),
                RequestCorrelation.requestId(ctx), errors));
    }

    public void send(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            // too late for a status: the only honest signal left is to break the connection
            response.reset();
            return;
        }
        // an unread request body would block the connection (or, closed, turn it into a reset the client may see
        // before this answer): let it drain
        if (!ctx.request().isEnded()) {
            ctx.request().resume();
        }
        try {
            response.setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
