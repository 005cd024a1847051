package id.asn.platform.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.platform.problem.Messages;
import id.asn.platform.problem.Problem;
import id.asn.platform.problem.ProblemKind;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body over {@code quarkus.http.limits.max-body-size} with a problem document before it is
 * read (the HTTP layer would otherwise answer 413 with an empty body).
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long limit;
    private final String limitText;
    private final ObjectMapper json;

    @Inject
    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.limitText = (limit.asLongValue() / (1024 * 1024)) + " MB";
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && exceeds(declared)) {
                Messages messages = Messages.forAcceptLanguage(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
                Problem problem = ProblemKind.PAYLOAD_TOO_LARGE.problem(messages,
                        messages.get("detail.payload-too-large", limitText), context.request().path(),
                        context.request().getHeader(RequestId.HEADER));
                try {
                    context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CONNECTION, "close")
                            .end(json.writeValueAsString(problem));
                } catch (JsonProcessingException e) {
                    context.fail(e);
                }
                return;
            }
            context.next();
        });
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
