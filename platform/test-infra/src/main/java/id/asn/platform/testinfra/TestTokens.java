package id.asn.platform.testinfra;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Tokens a service under test accepts, signed with a key pair made for this JVM (see {@link JwtKeysResource}):
 * {@code TestTokens.user("palembang").roles(Roles.HR_ADMIN).sign()}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://asn.local/test-issuer";
    public static final String AUDIENCE = "asn-platform";
    private static final KeyPair KEYS = generate();

    private final String tenant;
    private final Set<String> roles = new LinkedHashSet<>();
    private String subject = "user-" + UUID.randomUUID();
    private String nip;
    private String institution;
    private String issuer = ISSUER;
    private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
    private KeyPair signingKeys = KEYS;

    private TestTokens(String tenant) {
        this.tenant = tenant;
    }

    /** A caller of {@code tenant} (null for callers without an agency, e.g. national-viewer). */
    public static TestTokens user(String tenant) {
        return new TestTokens(tenant);
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

    /** A token from another issuer, which services must refuse. */
    public TestTokens foreignIssuer() {
        issuer = "https://somewhere-else.example/issuer";
        signingKeys = generate();
        return this;
    }

    public TestTokens expired() {
        expiresAt = Instant.now().minus(Duration.ofMinutes(10));
        return this;
    }

    public String sign() {
        JwtClaimsBuilder claims = Jwt.issuer(issuer).audience(AUDIENCE).subject(subject).groups(roles)
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
        return claims.jws().sign(signingKeys.getPrivate());
    }

    /** The public key services verify with, PEM-encoded. */
    static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
