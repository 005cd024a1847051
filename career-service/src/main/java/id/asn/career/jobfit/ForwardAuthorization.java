package id.asn.career.jobfit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the caller's own bearer token on to competency-service, so that it applies the caller's agency and role
 * (ADR 0017). Explicit rather than an OIDC token-propagation extension: it works whichever way the kit verifies
 * tokens, and career-service never holds a credential of its own for competency-service.
 */
@ApplicationScoped
public class ForwardAuthorization implements ClientHeadersFactory {

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String authorization = incoming == null ? null : incoming.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
        return headers;
    }
}
