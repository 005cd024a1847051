package id.asn.gateway.support;

import id.asn.platform.testinfra.TestIssuer;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/** Tokens as the platform's issuer would mint them, and the ones the gateway must refuse. */
public final class Tokens {

    public static final String AUDIENCE = "asn-platform";

    private Tokens() {
    }

    public static String issuer() {
        return TestIssuer.get().url();
    }

    public static String valid(String subject, String... roles) {
        return expiringAt(subject, Instant.now().plus(Duration.ofMinutes(10)), roles);
    }

    /** Signed by the platform key, valid until {@code expiresAt} (which may be in the past). */
    public static String expiringAt(String subject, Instant expiresAt, String... roles) {
        return claims(subject, issuer(), AUDIENCE, expiresAt, roles).jws().keyId(TestKeys.KEY_ID)
                .sign(key(TestKeys.SIGNING_KEY));
    }

    public static String expired(String subject) {
        return expiringAt(subject, Instant.now().minus(Duration.ofMinutes(10)), "hr-admin");
    }

    public static String fromForeignIssuer(String subject) {
        return claims(subject, "https://issuer.example.org", AUDIENCE, Instant.now().plus(Duration.ofMinutes(10)),
                "hr-admin").jws().keyId(TestKeys.KEY_ID).sign(key(TestKeys.SIGNING_KEY));
    }

    public static String forOtherAudience(String subject) {
        return claims(subject, issuer(), "another-platform", Instant.now().plus(Duration.ofMinutes(10)), "hr-admin")
                .jws().keyId(TestKeys.KEY_ID).sign(key(TestKeys.SIGNING_KEY));
    }

    /** The platform key's id, another key's signature. */
    public static String signedByStranger(String subject) {
        return claims(subject, issuer(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(10)), "hr-admin")
                .jws().keyId(TestKeys.KEY_ID).sign(key(TestKeys.FOREIGN_KEY));
    }

    /** Signed with {@code signingKey} under its own key id, e.g. a key the issuer has or has not published. */
    public static String signedWith(TestIssuer.SigningKey signingKey, String subject, String... roles) {
        return claims(subject, issuer(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(10)), roles)
                .jws().keyId(signingKey.kid()).sign(signingKey.keys().getPrivate());
    }

    private static JwtClaimsBuilder claims(String subject, String issuer, String audience, Instant expiresAt,
                                           String... roles) {
        return Jwt.issuer(issuer).audience(audience).subject(subject).upn(subject)
                .groups(Set.of(roles)).claim("tenant", "palembang")
                .issuedAt(expiresAt.minus(Duration.ofHours(1))).expiresAt(expiresAt);
    }

    private static PrivateKey key(String property) {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(Path.of(ConfigProvider.getConfig().getValue(property, String.class))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
