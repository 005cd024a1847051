package id.asn.platform.tokencache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The tokens this process has verified, so that a token is verified once and not on every request (issue 12):
 * keyed by the SHA-256 of the token's bytes (a token changed in one bit is a miss and goes through the full
 * check), bounded in number, and never kept past the token's {@code exp} nor past {@code max-age}. A token signed
 * by a key id not seen before means the issuer has rotated its keys (quarkus-oidc refreshes its JWKS for it), and
 * every entry is dropped, so none outlives the key set it was verified against. Filled by this augmentor, which
 * sees each identity quarkus-oidc has verified; read by {@link CachedTokenMechanism}.
 */
@ApplicationScoped
public class VerifiedTokens implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(VerifiedTokens.class);
    private static final String CACHED = "asn.token-cached";
    // last among the augmentors, so that the identity kept is the one every augmentor has finished
    private static final int PRIORITY = Integer.MIN_VALUE;

    private final boolean enabled;
    private final long maxAgeNanos;
    private final Cache<ByteBuffer, Verified> verified;
    private final Set<String> keyIds = ConcurrentHashMap.newKeySet();
    private final ObjectMapper mapper;
    private final LongAdder answered = new LongAdder();

    VerifiedTokens(TokenCacheConfig settings, ObjectMapper mapper) {
        this.enabled = settings.enabled();
        this.maxAgeNanos = settings.maxAge().toNanos();
        this.mapper = mapper;
        this.verified = Caffeine.newBuilder()
                .maximumSize(settings.maxSize())
                .expireAfter(Expiry.<ByteBuffer, Verified>creating((key, entry) -> Duration.ofNanos(entry.timeToLive())))
                .build();
    }

    /** The identity of a token verified earlier, if it is still within its lifetime. */
    public Optional<SecurityIdentity> lookup(String token) {
        if (!enabled) {
            return Optional.empty();
        }
        Verified entry = verified.getIfPresent(digest(token));
        // the cache's expiry is approximate; the token's own exp is not
        return entry == null || entry.expired() ? Optional.empty() : Optional.of(entry.identity());
    }

    /** The identity of a token verified earlier, counted as a request that needed no verification. */
    Optional<SecurityIdentity> answer(String token) {
        Optional<SecurityIdentity> identity = lookup(token);
        if (identity.isPresent()) {
            answered.increment();
        }
        return identity;
    }

    /** How many requests this process has let in on a token it had verified before (without verifying it again). */
    public long answeredFromCache() {
        return answered.sum();
    }

    /** Forgets every verified token, as after a key rotation. */
    public void clear() {
        verified.invalidateAll();
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (enabled && identity.getAttribute(CACHED) == null && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getRawToken() != null && jwt.getExpirationTime() > 0) {
            remember(identity, jwt);
        }
        return Uni.createFrom().item(identity);
    }

    private void remember(SecurityIdentity identity, JsonWebToken jwt) {
        String token = jwt.getRawToken();
        keyId(token).ifPresent(kid -> {
            if (keyIds.add(kid) && keyIds.size() > 1) {
                LOG.infof("Tokens signed by the new key %s: the issuer has rotated its keys, verified tokens forgotten", kid);
                clear();
            }
        });
        long expiresAtNanos = System.nanoTime()
                + Math.min(Duration.ofSeconds(jwt.getExpirationTime()).toMillis() - System.currentTimeMillis(),
                        Duration.ofNanos(maxAgeNanos).toMillis()) * 1_000_000L;
        verified.put(digest(token), new Verified(detached(identity), expiresAtNanos));
    }

    /** The identity without what belongs to the request that brought it (its routing context). */
    private static SecurityIdentity detached(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addAttribute(CACHED, Boolean.TRUE);
        identity.getAttributes().forEach((name, value) -> {
            if (!(value instanceof RoutingContext)) {
                copy.addAttribute(name, value);
            }
        });
        return copy.build();
    }

    private Optional<String> keyId(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            JsonNode header = mapper.readTree(Base64.getUrlDecoder().decode(token.substring(0, dot)));
            return Optional.ofNullable(header.path("kid").textValue());
        } catch (Exception unreadable) {
            // quarkus-oidc has just verified this token, so its header is readable; if not, no rotation is seen
            return Optional.empty();
        }
    }

    private static ByteBuffer digest(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private record Verified(SecurityIdentity identity, long expiresAtNanos) {
        long timeToLive() {
            return Math.max(0, expiresAtNanos - System.nanoTime());
        }

        boolean expired() {
            return System.nanoTime() - expiresAtNanos >= 0;
        }
    }
}
