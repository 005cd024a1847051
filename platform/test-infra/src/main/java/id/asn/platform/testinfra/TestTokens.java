package id.asn.platform.testinfra;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Tokens a service under test accepts, signed with a key that the {@link TestIssuer} of this JVM publishes (see
 * {@link JwtKeysResource}): {@code TestTokens.user("palembang").roles(Roles.HR_ADMIN).sign()}; and the ones it
 * must refuse (expired, another audience or issuer, an unknown key).
 */
public final class TestTokens {

    public static final String AUDIENCE = "asn-platform";
    private static final TestIssuer.SigningKey KEY = publishedKey();

    private final String tenant;
    private final Set<String> roles = new LinkedHashSet<>();
    private String subject = "user-" + UUID.randomUUID();
    private String nip;
    private String institution;
    private String issuer = TestIssuer.get().url();
    private String audience = AUDIENCE;
    private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
    private TestIssuer.SigningKey signingKey = KEY;

    private TestTokens(String tenant) {
        this.tenant = tenant;
    }

    /** A caller of {@code tenant} (null for callers without an agency, e.g. national-viewer). */
    public static TestTokens user(String tenant) {
        return new TestTokens(tenant);
    }

    /** The issuer the apps under test trust: {@link TestIssuer}'s URL. */
    public static String issuer() {
        return TestIssuer.get().url();
    }

    public TestTokens roles(String... names) {
        roles.addAll(Set.of(names));
        return this;
    }

    public TestTokens subject(String value) {
        subject = value;
        return this;
    }

    public TestTokens nip(String value) {
        nip = value;
        return this;
    }

    public TestTokens institution(String value) {
        institution = value;
        return this;
    }

    /** A token from another issuer (with that issuer's own key), which services must refuse. */
    public TestTokens foreignIssuer() {
        issuer = "https://somewhere-else.example/issuer";
        signingKey = TestIssuer.SigningKey.generate();
        return this;
    }

    /** A token of the trusted issuer, for another audience. */
    public TestTokens audience(String value) {
        audience = value;
        return this;
    }

    /** Signed with a key the issuer never published (its {@code kid} is in no JWKS). */
    public TestTokens unknownKey() {
        signingKey = TestIssuer.SigningKey.generate();
        return this;
    }

    /** Signed with {@code key}, e.g. one from {@link TestIssuer#rotate()}. */
    public TestTokens signedWith(TestIssuer.SigningKey key) {
        signingKey = key;
        return this;
    }

    public TestTokens expired() {
        return expiresAt(Instant.now().minus(Duration.ofMinutes(10)));
    }

    public TestTokens expiresAt(Instant value) {
        expiresAt = value;
        return this;
    }

    public String sign() {
        JwtClaimsBuilder claims = Jwt.issuer(issuer).audience(audience).subject(subject).groups(roles)
                .issuedAt(expiresAt.minus(Duration.ofHours(1))).expiresAt(expiresAt);
        if (tenant != null) {
            claims.claim("tenant", tenant);
        }
        if (nip != null) {
            claims.claim("nip", nip);
        }
        if (institution != null) {
            claims.claim("institution", institution);
        }
        return claims.jws().keyId(signingKey.kid()).sign(signingKey.keys().getPrivate());
    }

    private static TestIssuer.SigningKey publishedKey() {
        TestIssuer.SigningKey key = TestIssuer.SigningKey.generate();
        TestIssuer.get().publish(key.kid(), key.keys().getPublic());
        return key;
    }
}
