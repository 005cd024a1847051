package id.asn.gateway.edge;

import id.asn.gateway.GatewayConfig;
import id.asn.platform.problem.Problem;
import id.asn.platform.problem.ProblemKind;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything is forwarded, what a service could not take: a URI longer than the services' HTTP layer
 * accepts (414), and a path or query parameter with a NUL character (0x00, also as {@code %00}), which no service
 * can store (PostgreSQL refuses it in text): 400 naming the parameter (issue 13.1). Both come from the gateway as
 * problem+json rather than as whatever the service makes of them. (A URI that is not valid RFC 3986 syntax, such as
 * {@code %zz}, never gets here: Quarkus' HTTP layer answers it with a bare 400 before any handler, by design; see
 * the README, "What the gateway refuses".)
 */
@ApplicationScoped
public class RequestText implements Handler<RoutingContext> {

    static final String PATH = "path";

    private final Problems problems;
    private final int maxUriLength;

    RequestText(Problems problems, GatewayConfig config) {
        this.problems = problems;
        this.maxUriLength = config.maxUriLength();
    }

    @Override
    public void handle(RoutingContext ctx) {
        int uriLength = ctx.request().uri().length();
        if (uriLength > maxUriLength) {
            problems.send(ctx, ProblemKind.URI_TOO_LONG, "detail.uri-too-long", uriLength, maxUriLength);
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String rawPath = ctx.request().path();
        if (hasNul(rawPath) || containsEncodedNul(rawPath)) {
            errors.add(nul(ctx, PATH));
        }
        if (ctx.request().query() != null) {
            for (Map.Entry<String, String> parameter : ctx.queryParams()) {
                if (hasNul(parameter.getKey()) || hasNul(parameter.getValue())) {
                    errors.add(nul(ctx, printable(parameter.getKey())));
                }
            }
        }
        if (errors.isEmpty()) {
            ctx.next();
            return;
        }
        problems.send(ctx, ProblemKind.VALIDATION, errors, "gateway.nul-character",
                String.join(", ", errors.stream().map(Problem.FieldError::field).toList()));
    }

    private static Problem.FieldError nul(RoutingContext ctx, String field) {
        return new Problem.FieldError(field, Problems.messages(ctx).get("gateway.nul-character.field"));
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    private static boolean containsEncodedNul(String rawPath) {
        return rawPath.contains("%00");
    }

    /** A parameter name as it can be shown: a NUL in the name itself is written as {@code \0}. */
    private static String printable(String name) {
        return name.replace("\0", "\\0");
    }
}
