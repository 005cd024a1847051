package id.asn.gateway.edge;

import id.asn.platform.problem.ProblemKind;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import org.jboss.logging.Logger;

/**
 * Turns every failure and every unknown path into problem+json, so no caller ever sees Quarkus' or Vert.x' own
 * error pages: a rejected token becomes 401 with a Bearer challenge, a token that cannot be checked because the
 * issuer is unreachable 503, an unknown path 404, anything unexpected 500 with the request id.
 */
@ApplicationScoped
public class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class);
    // ahead of the Quarkus error handler, which is registered last
    private static final int FAILURE_ORDER = -1_000;

    private final Problems problems;

    Failures(Problems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(FAILURE_ORDER).failureHandler(this::onFailure);
        router.route().last().handler(this::notFound);
    }

    private void notFound(RoutingContext ctx) {
        problems.send(ctx, ProblemKind.NOT_FOUND, "detail.not-found.path", ctx.request().path());
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        Throwable failure = ctx.failure();
        if (isCausedBy(failure, OIDCException.class)) {
            // the token may well be valid: 503, so that a client retries instead of dropping it (ADR 0013)
            LOG.warnf("Token of %s %s not verified: the OIDC issuer is not reachable", ctx.request().method(),
                    ctx.request().path());
            problems.send(ctx, ProblemKind.SERVICE_UNAVAILABLE, "detail.issuer-unavailable");
            return;
        }
        if (isCausedBy(failure, AuthenticationException.class)) {
            // the bearer mechanism has set 401 and its challenge; make sure the challenge is there either way
            if (!ctx.response().headers().contains(HttpHeaderNames.WWW_AUTHENTICATE)) {
                ctx.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, EdgeAuthentication.CHALLENGE);
            }
            problems.send(ctx, ProblemKind.UNAUTHENTICATED, "gateway.token-rejected");
            return;
        }
        int status = ctx.statusCode();
        if (failure == null && status >= 400 && status < 500) {
            ProblemKind kind = Arrays.stream(ProblemKind.values()).filter(k -> k.status() == status).findFirst()
                    .orElse(ProblemKind.MALFORMED_REQUEST);
            problems.send(ctx, kind, "gateway.request-refused", status);
            return;
        }
        String requestId = RequestCorrelation.requestId(ctx);
        LOG.errorf(failure, "Unexpected failure on %s %s (requestId=%s)", ctx.request().method(), ctx.request().path(),
                requestId);
        problems.send(ctx, ProblemKind.INTERNAL, "detail.internal", requestId);
    }

    private static boolean isCausedBy(Throwable failure, Class<?> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
