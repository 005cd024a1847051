package id.asn.platform.kit.caller;

import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: read from the verified bearer token (claims {@code sub}, {@code tenant}, {@code nip},
 * {@code institution}, {@code groups}).
 */
// looked up programmatically by TenantContext and TenantGuard, so it must survive unused-bean removal
@Unremovable
@RequestScoped
public class Caller {

    private final JsonWebToken token;
    // asked for on every row a request loads or writes (TenantGuard, TenantSession): read from the token once per
    // request, not through the token's proxy and claim conversion each time; a request's token does not change
    private Optional<String> tenant;
    private String subject;

    @Inject
    Caller(JsonWebToken token) {
        this.token = token;
    }

    public boolean isAuthenticated() {
        return token != null && token.getRawToken() != null;
    }

    public String subject() {
        if (subject == null) {
            subject = isAuthenticated() ? token.getSubject() : "anonymous";
        }
        return subject;
    }

    public Optional<String> tenant() {
        if (tenant == null) {
            tenant = claim("tenant");
        }
        return tenant;
    }

    /** The caller's agency; a caller without one (e.g. national-viewer) cannot touch agency data. */
    public String requireTenant() {
        return tenant().orElseThrow(ProblemException::forbidden);
    }

    public Optional<String> nip() {
        return claim("nip");
    }

    public Optional<String> institution() {
        return claim("institution");
    }

    public Set<String> roles() {
        return isAuthenticated() ? token.getGroups() : Set.of();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> claim(String name) {
        if (!isAuthenticated()) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
