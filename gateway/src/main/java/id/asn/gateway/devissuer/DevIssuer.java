package id.asn.gateway.devissuer;

import id.asn.gateway.GatewayConfig;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;

/** Signs RS256 tokens for the demo identities, with the claims every service reads. */
final class DevIssuer {

    /** The one key's id, in each token's header and in the JWKS. */
    static final String KEY_ID = "asn-dev-issuer";

    private final PrivateKey key;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;

    DevIssuer(PrivateKey key, GatewayConfig.DevIssuer config) {
        this.key = key;
        this.issuer = config.issuer().toString();
        this.audience = config.audience();
        this.lifetime = config.lifetime();
    }

    Duration lifetime() {
        return lifetime;
    }

    String issuer() {
        return issuer;
    }

    String sign(DevIdentities.Identity identity) {
        Instant now = Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(audience)
                .subject(identity.username())
                .upn(identity.username())
                .preferredUserName(identity.username())
                .groups(new HashSet<>(identity.roles()))
                .issuedAt(now)
                .expiresAt(now.plus(lifetime));
        if (identity.name() != null) {
            claims.claim("name", identity.name());
        }
        if (identity.tenant() != null) {
            claims.claim("tenant", identity.tenant());
        }
        if (identity.nip() != null) {
            claims.claim("nip", identity.nip());
        }
        if (identity.institution() != null) {
            claims.claim("institution", identity.institution());
        }
        return claims.jws().keyId(KEY_ID).sign(key);
    }
}
