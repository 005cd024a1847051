package id.asn.gateway.support;

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

    public static final String ISSUER = "https://asn.local/dev-issuer";
    public static final String AUDIENCE = "asn-platform";

    private Tokens() {
    }

    public static String valid(String subject, String... roles) {
        return claims(subject, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(10)), roles)
                .sign(key(TestKeys.SIGNING_KEY));
    }

    public static String expired(String subject) {
        return claims(subject, ISSUER, AUDIENCE, Instant.now().minus(Duration.ofMinutes(10)), "hr-admin")
                .sign(key(TestKeys.SIGNING_KEY));
    }

    public static String fromForeignIssuer(String subject) {
        return claims(subject, "https://issuer.example.org", AUDIENCE, Instant.now().plus(Duration.ofMinutes(10)),
                "hr-admin").sign(key(TestKeys.SIGNING_KEY));
    }

    public static String forOtherAudience(String subject) {
        return claims(subject, ISSUER, "another-platform", Instant.now().plus(Duration.ofMinutes(10)), "hr-admin")
                .sign(key(TestKeys.SIGNING_KEY));
    }

    public static String signedByStranger(String subject) {
        return claims(subject, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(10)), "hr-admin")
                .sign(key(TestKeys.FOREIGN_KEY));
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
