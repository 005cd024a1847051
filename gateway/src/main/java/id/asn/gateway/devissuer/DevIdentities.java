package id.asn.gateway.devissuer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * The demo agencies and the identities of the local stack ({@code dev-identities.json}). The demo-data loader
 * creates the employees with exactly these NIPs and the partner institutions with exactly these ids, so this
 * file is the single source of truth for both.
 */
public record DevIdentities(String note, List<Tenant> tenants, List<Identity> identities) {

    public record Tenant(String id, String name) {
    }

    /**
     * A demo user, or a client when it has a {@code clientSecret} (client-credentials grant).
     *
     * @param institution the partner institution's id, for {@code training-partner} clients
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Identity(String username, String name, String tenant, List<String> roles, String nip,
                           String institution, String institutionName, String clientSecret) {

        public boolean isClient() {
            return clientSecret != null;
        }
    }

    public Optional<Identity> find(String username) {
        return identities.stream().filter(identity -> identity.username().equals(username)).findFirst();
    }
}
