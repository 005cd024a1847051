package id.asn.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document: the one error body every module of the platform answers with.
 *
 * @param type          stable identifier of the kind of problem ({@code urn:asn:problem:<slug>})
 * @param title         short, localized summary of the kind (the same for every occurrence)
 * @param status        the HTTP status code
 * @param detail        localized explanation of this occurrence
 * @param instance      the request path that failed
 * @param correlationId the request id, to find the occurrence in the logs
 * @param errors        for validation problems: one entry per rejected field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, String correlationId,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One rejected input field: {@code field} is the JSON path as the client sent it. */
    public record FieldError(String field, String message) {
    }
}
