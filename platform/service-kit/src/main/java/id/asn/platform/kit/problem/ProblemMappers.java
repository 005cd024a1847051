package id.asn.platform.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.asn.platform.kit.json.UnstorableTextException;
import id.asn.platform.kit.web.RequestId;
import id.asn.platform.problem.Messages;
import id.asn.platform.problem.Problem;
import id.asn.platform.problem.ProblemKind;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves a service as {@code application/problem+json}: bad input is a 4xx naming the field, and
 * only a genuine fault is a 500 (with a correlation id, never a stack trace).
 */
public class ProblemMappers {

    // Hibernate's message when it cannot obtain a JDBC connection (LogicalConnectionManagedImpl)
    private static final String NO_CONNECTION = "Unable to acquire JDBC Connection";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    // a PostgreSQL restart takes a few seconds; the gateway's own 503s say 1 s
    private static final String DATABASE_RETRY_AFTER_SECONDS = "2";

    @Inject
    ProblemResponses responses;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return responses.respond(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Messages messages = ProblemResponses.messages(headers);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), localized(v, messages)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return responses.respond(ProblemKind.VALIDATION, headers, uri, errors, "detail.validation", errors.size());
    }

    // listed one by one: the JSON layer ships mappers for these subtypes, which would otherwise win
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return jsonProblem(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri, Request request) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return jsonProblem(json, headers, uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // a path or query parameter that does not convert (a malformed UUID, date or enum value)
            return responses.respond(ProblemKind.MALFORMED_REQUEST, headers, uri, "detail.parameter",
                    e.getCause().getMessage());
        }
        if (e instanceof NotFoundException) {
            return responses.respond(ProblemKind.NOT_FOUND, headers, uri, "detail.not-found.path",
                    uri.getRequestUri().getRawPath());
        }
        if (e instanceof NotAllowedException) {
            return responses.respond(ProblemKind.METHOD_NOT_ALLOWED, headers, uri, "detail.method-not-allowed",
                    request.getMethod());
        }
        if (e instanceof NotSupportedException) {
            return responses.respond(ProblemKind.UNSUPPORTED_MEDIA_TYPE, headers, uri,
                    "detail.unsupported-media-type", String.valueOf(headers.getMediaType()));
        }
        if (e instanceof NotAcceptableException) {
            return responses.respond(ProblemKind.NOT_ACCEPTABLE, headers, uri, "detail.not-acceptable");
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 413) {
            return responses.respond(ProblemKind.PAYLOAD_TOO_LARGE, headers, uri, "detail.payload-too-large", "");
        }
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        ProblemKind kind = status == 401 ? ProblemKind.UNAUTHENTICATED
                : status == 403 ? ProblemKind.FORBIDDEN
                : status == 409 ? ProblemKind.CONFLICT
                : ProblemKind.MALFORMED_REQUEST;
        return responses.respond(kind, headers, uri, "detail.malformed-json", e.getMessage());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        if (causeOf(e, OIDCException.class) != null) {
            return issuerUnavailable(headers, uri);
        }
        Response problem = responses.respond(ProblemKind.UNAUTHENTICATED, headers, uri, "detail.unauthenticated");
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    // the token may well be valid: 503, so that a client retries instead of dropping it (docs/adr/0013-oidc.md)
    private Response issuerUnavailable(HttpHeaders headers, UriInfo uri) {
        LOG.warn("A token could not be verified: the OIDC issuer is not reachable");
        return responses.respond(ProblemKind.SERVICE_UNAVAILABLE, headers, uri, "detail.issuer-unavailable");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return responses.respond(ProblemKind.FORBIDDEN, headers, uri, "detail.forbidden");
    }

    /** Anything else; known causes wrapped by transactions or Hibernate are unwrapped first. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        ProblemException problem = causeOf(e, ProblemException.class);
        if (problem != null) {
            return responses.respond(problem, headers, uri);
        }
        if (causeOf(e, OIDCException.class) != null) {
            return issuerUnavailable(headers, uri);
        }
        ConstraintViolationException invalid = causeOf(e, ConstraintViolationException.class);
        if (invalid != null) {
            return invalid(invalid, headers, uri);
        }
        if (causeOf(e, OptimisticLockException.class) != null || causeOf(e, StaleStateException.class) != null) {
            return responses.respond(ProblemKind.STALE_VERSION, headers, uri, "detail.stale-version");
        }
        SQLException sql = causeOf(e, SQLException.class);
        if (databaseUnavailable(e)) {
            // a restart or failover of PostgreSQL: the transaction was rolled back, so the client may send again
            LOG.warnf("database unavailable, answered with 503: %s", e.getMessage());
            return Response.fromResponse(responses.respond(ProblemKind.SERVICE_UNAVAILABLE, headers, uri,
                    "detail.database-unavailable")).header("Retry-After", DATABASE_RETRY_AFTER_SECONDS).build();
        }
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            LOG.infof("integrity violation answered with 409: %s", sql.getMessage());
            return responses.respond(ProblemKind.CONFLICT, headers, uri, "detail.conflict.unique");
        }
        String correlationId = RequestId.current().orElse("-");
        LOG.errorf(e, "unexpected failure on %s (correlation id %s)", uri == null ? "?" : uri.getRequestUri(),
                correlationId);
        return responses.respond(ProblemKind.INTERNAL, headers, uri, "detail.internal", correlationId);
    }

    /**
     * Whether the failure is the database being out of reach rather than the request: an SQLException anywhere in
     * the chain with SQLSTATE class 08 (connection exception: refused, broken) or 57P01-57P03 (the server shutting
     * down, crashed, not yet accepting connections), as PostgreSQL reports a restart; or Hibernate failing to get a
     * connection at all. The latter carries no SQLSTATE when the pool handed out a connection the restart had
     * closed and the transaction could not enlist it (Agroal's "Exception in association of connection to existing
     * transaction"), or when the pool had none to give in time; either way no statement ran, so a retry is safe.
     */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCException jdbc && jdbc.getMessage() != null
                    && jdbc.getMessage().startsWith(NO_CONNECTION)) {
                return true;
            }
            String state = t instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return true;
            }
        }
        return false;
    }

    private Response jsonProblem(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return responses.respond(ProblemKind.VALIDATION, headers, uri,
                    List.of(new Problem.FieldError(field, ProblemResponses.messages(headers)
                            .get("detail.unknown-field", field))), "detail.validation", 1);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = pathOf(mismatch);
            if (!field.isEmpty()) {
                Messages messages = ProblemResponses.messages(headers);
                String message = e instanceof UnstorableTextException ? messages.get("text.unstorable")
                        : messages.get("detail.field-type", field, JsonTypes.expected(mismatch.getTargetType(), messages));
                return responses.respond(ProblemKind.VALIDATION, headers, uri,
                        List.of(new Problem.FieldError(field, message)), "detail.validation", 1);
            }
        }
        return responses.respond(ProblemKind.MALFORMED_REQUEST, headers, uri, "detail.malformed-json",
                e.getOriginalMessage());
    }

    /** The violation's text in the caller's language: standard constraints from the platform's bundles. */
    static String localized(ConstraintViolation<?> violation, Messages messages) {
        String template = violation.getMessageTemplate();
        if (template == null || !template.startsWith("{") || !template.endsWith("}")) {
            return violation.getMessage();
        }
        String key = template.substring(1, template.length() - 1);
        String text = messages.get(key);
        if (text.equals(key)) {
            return violation.getMessage();
        }
        for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return text;
    }

    /** The JSON path of the offending value as the client wrote it, e.g. {@code rows[3].nip}. */
    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The field a violation is about, without the Java method and body-parameter names: {@code rows[3].nip}
     * for a body, the parameter name for a query or path parameter.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        for (Iterator<Path.Node> it = violation.getPropertyPath().iterator(); it.hasNext(); ) {
            nodes.add(it.next());
        }
        int start = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            start = 1;
        }
        if (nodes.size() > start + 1 && nodes.get(start).getKind() == ElementKind.PARAMETER) {
            start++;
        }
        StringBuilder field = new StringBuilder();
        for (int i = start; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() != null
                    && node.getName().startsWith("<")) {
                continue;
            }
            if (node.isInIterable() && !field.isEmpty()) {
                String key = node.getIndex() != null ? String.valueOf(node.getIndex())
                        : node.getKey() != null ? String.valueOf(node.getKey()) : "";
                field.append('[').append(key).append(']');
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
