package id.asn.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.platform.problem.Messages;
import id.asn.platform.problem.Problem;
import id.asn.platform.problem.ProblemKind;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;

/** Writes the gateway's own errors as the same RFC 9457 documents the services answer with. */
@ApplicationScoped
public class Problems {

    private final ObjectMapper mapper;

    Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Writes one problem in each language before the first request. Otherwise the first problem the gateway answers
     * builds Jackson's serializer of {@link Problem} and loads the message bundles on an event loop, and every
     * request queued behind it waits: at the start of an overload, the first refusals came late.
     */
    void prepare(@Observes StartupEvent start) throws JsonProcessingException {
        for (Locale language : List.of(Messages.INDONESIAN, Messages.ENGLISH)) {
            Messages messages = Messages.of(language);
            mapper.writeValueAsString(ProblemKind.SERVICE_UNAVAILABLE.problem(messages,
                    messages.get("gateway.overloaded", "-"), "/", null, List.of(new Problem.FieldError("-", "-"))));
        }
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
