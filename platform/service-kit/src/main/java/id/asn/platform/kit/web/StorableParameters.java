package id.asn.platform.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.platform.kit.json.StorableText;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.problem.Messages;
import id.asn.platform.problem.Problem;
import id.asn.platform.problem.ProblemKind;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query values as the resource will see them (decoded) are refused with a 400 naming each parameter
 * when the database could not store them ({@link StorableText}): {@code %00} in a NIP or a certificate number
 * would otherwise reach PostgreSQL and come back as a 500, on public endpoints too. A query whose percent escapes
 * cannot be decoded ({@code %zz}, a lone {@code %}) is a 400 problem naming the parameter as well; the HTTP layer
 * would otherwise answer it with an empty 400 that no client can read. (Headers need no check: the HTTP server
 * refuses a raw NUL byte in a header line with a 400 before any code sees it.)
 */
@ApplicationScoped
public class StorableParameters {

    private final ObjectMapper json;

    @Inject
    StorableParameters(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A broken escape is answered as a problem naming the parameter, wherever it is found: by this check before
     * the routes, or by the HTTP layer, which decodes the query before any route of ours runs and fails such a
     * request with an empty 400 (caught here by the failure handler).
     */
    void install(@Observes Router router) {
        router.route().order(-99).handler(context -> {
            if (!refusedBrokenEscapes(context)) {
                context.next();
            }
        });
        router.route().order(-99).failureHandler(context -> {
            if (context.statusCode() != 400 || context.response().headWritten() || !refusedBrokenEscapes(context)) {
                context.next();
            }
        });
    }

    private boolean refusedBrokenEscapes(RoutingContext context) {
        String query = context.request().query();
        if (query == null || query.isEmpty()) {
            return false;
        }
        Messages messages = Messages.forAcceptLanguage(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decoded(rawName);
            if (name == null || (equals >= 0 && decoded(pair.substring(equals + 1)) == null)) {
                errors.add(new Problem.FieldError(shown(name == null ? rawName : name),
                        messages.get("parameter.malformed-escape")));
            }
        }
        if (errors.isEmpty()) {
            return false;
        }
        Problem problem = ProblemKind.VALIDATION.problem(messages, messages.get("detail.validation", errors.size()),
                context.request().path(), context.request().getHeader(RequestId.HEADER), errors);
        try {
            context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
        return true;
    }

    /** Path and query parameters, decoded, once the route names them. */
    @ServerRequestFilter
    public void refuseUnstorable(ContainerRequestContext request) {
        List<FieldViolation> violations = new ArrayList<>();
        collect(request.getUriInfo().getPathParameters(true), violations);
        collect(request.getUriInfo().getQueryParameters(true), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static void collect(MultivaluedMap<String, String> values, List<FieldViolation> violations) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            if (!StorableText.allows(entry.getKey())
                    || entry.getValue().stream().anyMatch(value -> !StorableText.allows(value))) {
                violations.add(new FieldViolation(shown(entry.getKey()), "text.unstorable"));
            }
        }
    }

    /** The decoded text, or null when a percent escape is broken. */
    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String shown(String name) {
        return name.replace("\u0000", "\\u0000");
    }
}
