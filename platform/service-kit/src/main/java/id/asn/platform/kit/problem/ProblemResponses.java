package id.asn.platform.kit.problem;

import id.asn.platform.kit.web.RequestId;
import id.asn.platform.problem.Messages;
import id.asn.platform.problem.Problem;
import id.asn.platform.problem.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Writes problem documents in the caller's language. */
@ApplicationScoped
public class ProblemResponses {

    public Response respond(ProblemKind kind, HttpHeaders headers, UriInfo uri, String detailKey, Object... args) {
        return respond(kind, headers, uri, List.of(), detailKey, args);
    }

    public Response respond(ProblemKind kind, HttpHeaders headers, UriInfo uri, List<Problem.FieldError> errors,
                            String detailKey, Object... args) {
        Messages messages = messages(headers);
        Problem problem = kind.problem(messages, messages.get(detailKey, args), path(uri),
                RequestId.current().orElse(null), errors);
        return Response.status(kind.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public Response respond(ProblemException exception, HttpHeaders headers, UriInfo uri) {
        Messages messages = messages(headers);
        List<Problem.FieldError> errors = exception.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), messages.get(v.messageKey(), v.args())))
                .toList();
        return respond(exception.kind(), headers, uri, errors, exception.detailKey(), exception.args());
    }

    public static Messages messages(HttpHeaders headers) {
        return Messages.forAcceptLanguage(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
