package id.asn.platform.kit.web;

import id.asn.platform.kit.json.StorableText;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query values as the resource will see them (decoded) are refused with a 400 naming each
 * parameter when the database could not store them ({@link StorableText}): {@code %00} in a NIP or a certificate
 * number would otherwise reach PostgreSQL and come back as a 500, on public endpoints too. (Headers need no check:
 * the HTTP server refuses a raw NUL byte in a header line before any code sees it.)
 */
public class StorableParameters {

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
                violations.add(new FieldViolation(entry.getKey().replace("\u0000", "\\u0000"), "text.unstorable"));
            }
        }
    }
}
